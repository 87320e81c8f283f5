import type { TFunction } from "i18next";
import type { TConsentChannel, TConsentPurpose } from "../../../common/arrival/consent.js";
import type { TConsentRecord } from "../../../common/arrival/consent-schemas.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { describeProviderType } from "../../platform/administration/administration-labels.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeConsentPurpose(purpose: TConsentPurpose, t: TFunction): string {
  const labels: Record<TConsentPurpose, string> = {
    counselling: t("arrival.consent.purposes.counselling"),
    provider_sharing: t("arrival.consent.purposes.providerSharing"),
    municipality_contact: t("arrival.consent.purposes.municipalityContact"),
    statistics: t("arrival.consent.purposes.statistics"),
  };
  return labels[purpose];
}

export function describeConsentChannel(channel: TConsentChannel, t: TFunction): string {
  const labels: Record<TConsentChannel, string> = {
    in_person: t("arrival.consent.channels.inPerson"),
    online: t("arrival.consent.channels.online"),
  };
  return labels[channel];
}

/** Granted, refused, or withdrawn (a refusal that replaced a granted record). */
export function describeConsentState(record: TConsentRecord, history: readonly TConsentRecord[], t: TFunction): string {
  if (record.isGranted) return t("arrival.consent.states.granted");
  const replaced = history.find((earlier) => earlier.id === record.supersedesId);
  return replaced?.isGranted ? t("arrival.consent.states.withdrawn") : t("arrival.consent.states.refused");
}

/** The providers by name and the provider types a sharing record covers. */
export function describeRecipients(
  record: Pick<TConsentRecord, "recipientOrganisationIds" | "recipientProviderTypes">,
  names: ReadonlyMap<string, string>,
  t: TFunction,
): string {
  return [
    ...record.recipientOrganisationIds.map((id) => names.get(id) ?? id),
    ...record.recipientProviderTypes.map((type) =>
      t("arrival.consent.allOfType", { type: describeProviderType(type, t) }),
    ),
  ].join(", ");
}

/** "Ukrainisch, Fassung 2026-12-01" */
export function describeNotice(record: TConsentRecord, uiLanguage: string, t: TFunction): string {
  return t("arrival.consent.noticeVersion", {
    language: languageName(record.language, uiLanguage),
    version: record.privacyNotice.version,
  });
}
