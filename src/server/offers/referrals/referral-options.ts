import { and, asc, eq, ilike } from "drizzle-orm";
import type { TReferralOptions } from "../../../common/offers/referral-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { isOfferActive } from "./referral-records.js";

const optionLimit = 20;

function containing(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** What a caseworker can refer to by hand: active offers by German title, and provider organisations by name. */
export async function findReferralOptions(executor: TDbExecutor, search: string): Promise<TReferralOptions> {
  const pattern = containing(search);
  const [offerRows, providers] = await Promise.all([
    executor
      .select({
        id: offers.id,
        title: offerTranslations.title,
        providerName: organisations.name,
        freePlaces: offers.freePlaces,
      })
      .from(offers)
      .innerJoin(offerTranslations, and(eq(offerTranslations.offerId, offers.id), eq(offerTranslations.language, "de")))
      .innerJoin(organisations, eq(organisations.id, offers.providerId))
      .where(and(isOfferActive, ilike(offerTranslations.title, pattern)))
      .orderBy(asc(offerTranslations.title), asc(offers.id))
      .limit(optionLimit),
    executor
      .select({ id: organisations.id, name: organisations.name, providerType: organisations.providerType })
      .from(organisations)
      .where(and(eq(organisations.kind, "provider"), ilike(organisations.name, pattern)))
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(optionLimit),
  ]);
  return { offers: offerRows, providers };
}
