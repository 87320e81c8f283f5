import { randomUUID } from "node:crypto";
import { offers, offerTranslations } from "../offers/offer-tables.js";
import type { TDb } from "../platform/db/database.js";
import { testGeography } from "./factories.js";

type TOfferRow = typeof offers.$inferInsert;

/** A published offer of the provider with a German title, written straight into the tables. */
export async function buildPublishedOffer(
  db: TDb,
  providerId: string,
  overrides: Partial<TOfferRow> & { title?: string } = {},
): Promise<TOfferRow & { id: string }> {
  const { title = `Angebot ${randomUUID().slice(0, 6)}`, ...columns } = overrides;
  const [offer] = await db
    .insert(offers)
    .values({
      providerId,
      status: "published",
      publishedAt: new Date(),
      category: "counselling",
      fieldsOfAction: ["aufenthalt"],
      languages: ["de"],
      municipalityAgs: testGeography.bramsche.municipalityAgs,
      ...columns,
    })
    .returning();
  if (!offer) throw new Error("offer not created");
  await db
    .insert(offerTranslations)
    .values({ offerId: offer.id, language: "de", title, description: `<p>${title}</p>` });
  return offer;
}
