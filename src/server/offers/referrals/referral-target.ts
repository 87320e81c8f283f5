import { and, eq, sql } from "drizzle-orm";
import type { TReferralTarget } from "../../../common/offers/referral-schemas.js";
import type { TProviderType } from "../../../common/platform/organisations.js";
import type { TConsentRecipient } from "../../arrival/consent/valid-consent-condition.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { isOfferActive } from "./referral-records.js";

/** Where a referral goes, resolved: the columns it stores, the consent recipient, a name to show. */
export type TResolvedTarget = {
  columns: {
    targetKind: TReferralTarget["kind"];
    offerId: string | null;
    providerId: string | null;
    externalName: string | null;
    externalAddress: string | null;
    externalProviderType: TProviderType | null;
  };
  recipient: TConsentRecipient;
  recipientName: string;
  offerIsActive: boolean;
};

/**
 * The target of a referral as the database knows it. An unknown offer or provider is a field
 * error; whether an inactive offer may be referred to is the caller's decision (the preview shows
 * it, sending refuses it).
 */
export async function resolveTarget(executor: TDbExecutor, target: TReferralTarget): Promise<TResolvedTarget> {
  if (target.kind === "external") {
    return {
      columns: {
        targetKind: "external",
        offerId: null,
        providerId: null,
        externalName: target.name,
        externalAddress: target.address,
        externalProviderType: target.providerType,
      },
      recipient: { organisationId: null, providerType: target.providerType },
      recipientName: target.name,
      offerIsActive: true,
    };
  }
  if (target.kind === "offer") {
    const [offer] = await executor
      .select({
        providerId: offers.providerId,
        providerName: organisations.name,
        providerType: organisations.providerType,
        title: offerTranslations.title,
        isActive: sql<boolean>`coalesce(${isOfferActive}, false)`,
      })
      .from(offers)
      .innerJoin(organisations, eq(organisations.id, offers.providerId))
      .leftJoin(offerTranslations, and(eq(offerTranslations.offerId, offers.id), eq(offerTranslations.language, "de")))
      .where(eq(offers.id, target.offerId));
    if (!offer) throw new FieldRuleViolation([{ pointer: "/body/target/offerId", code: "referral_offer_unknown" }]);
    return {
      columns: { ...noExternal, targetKind: "offer", offerId: target.offerId, providerId: offer.providerId },
      recipient: { organisationId: offer.providerId, providerType: offer.providerType },
      recipientName: `${offer.title ?? ""} – ${offer.providerName}`,
      offerIsActive: offer.isActive,
    };
  }
  const [provider] = await executor
    .select({ name: organisations.name, providerType: organisations.providerType })
    .from(organisations)
    .where(and(eq(organisations.id, target.providerId), eq(organisations.kind, "provider")));
  if (!provider)
    throw new FieldRuleViolation([{ pointer: "/body/target/providerId", code: "referral_provider_unknown" }]);
  return {
    columns: { ...noExternal, targetKind: "provider", offerId: null, providerId: target.providerId },
    recipient: { organisationId: target.providerId, providerType: provider.providerType },
    recipientName: provider.name,
    offerIsActive: true,
  };
}

const noExternal = { externalName: null, externalAddress: null, externalProviderType: null };
