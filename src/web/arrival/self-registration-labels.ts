import type { TFunction } from "i18next";
import type {
  TEmailConfirmationState,
  TPortalConsentPurpose,
  TSelfRegistrationStatus,
} from "../../common/arrival/self-registration.js";

/** Spelled out per value so the extractor finds each key. */
export function describeSelfRegistrationStatus(status: TSelfRegistrationStatus, t: TFunction): string {
  const labels: Record<TSelfRegistrationStatus, string> = {
    pending: t("selfRegistrations.statuses.pending"),
    confirmed: t("selfRegistrations.statuses.confirmed"),
    merged: t("selfRegistrations.statuses.merged"),
    rejected: t("selfRegistrations.statuses.rejected"),
  };
  return labels[status];
}

export function describeEmailConfirmation(state: TEmailConfirmationState, t: TFunction): string {
  const labels: Record<TEmailConfirmationState, string> = {
    not_needed: t("selfRegistrations.email.notNeeded"),
    pending: t("selfRegistrations.email.pending"),
    confirmed: t("selfRegistrations.email.confirmed"),
  };
  return labels[state];
}

export function describeConsentPurpose(purpose: TPortalConsentPurpose, t: TFunction): string {
  const labels: Record<TPortalConsentPurpose, string> = {
    counselling: t("selfRegistrations.consents.counselling"),
    municipality_contact: t("selfRegistrations.consents.municipalityContact"),
    statistics: t("selfRegistrations.consents.statistics"),
  };
  return labels[purpose];
}
