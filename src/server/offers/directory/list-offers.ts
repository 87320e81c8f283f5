import { and, asc, count, desc, eq, exists, ilike, sql } from "drizzle-orm";
import type { TOfferPage, TOfferQuery } from "../../../common/offers/offer-schemas.js";
import { findGrants } from "../../platform/access/grants.js";
import type { TDb } from "../../platform/db/database.js";
import { toContainsPattern } from "../../platform/organisations/list-organisations.js";
import { offerPolicy } from "../offer-policy.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { buildOfferReach, type TOfferCaller } from "./offer-caller.js";
import { germanTitle, selectOfferSummaries, toOfferSummary } from "./offer-records.js";

/** "Our offers": the offers within the caller's reach with their status, searched by title in any language. */
export async function listOffers(db: TDb, caller: TOfferCaller, query: TOfferQuery): Promise<TOfferPage> {
  const titleMatches = query.q
    ? exists(
        db
          .select({ one: sql`1` })
          .from(offerTranslations)
          .where(
            and(eq(offerTranslations.offerId, offers.id), ilike(offerTranslations.title, toContainsPattern(query.q))),
          ),
      )
    : undefined;
  const where = and(
    buildOfferReach(caller, "list"),
    query.status ? eq(offers.status, query.status) : undefined,
    titleMatches,
  );
  const sortColumn = { title: germanTitle, status: offers.status, updatedAt: offers.updatedAt }[query.sort];
  const order = query.direction === "asc" ? asc(sortColumn) : desc(sortColumn);
  const [rows, [total]] = await Promise.all([
    selectOfferSummaries(db, where)
      .orderBy(order, asc(offers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(offers).where(where),
  ]);
  return {
    items: rows.map((row) => toOfferSummary(caller, row)),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: findGrants(caller.actor, offerPolicy, "create").length > 0,
  };
}
