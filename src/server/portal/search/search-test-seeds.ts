import { eq } from "drizzle-orm";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { testGeography } from "../../testing/factories.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildProvider } from "../../testing/people-factories.js";
import { portalEvents, portalEventTexts } from "../events/portal-event-tables.js";
import { portalPages, portalPageTexts } from "../pages/page-tables.js";
import { portalPlaces, portalPlaceTexts } from "../places/portal-place-tables.js";

type TTexts = Partial<Record<TContentLanguage, { title: string; body?: string }>>;
type TOwner = { unitKey: string | null; status?: "draft" | "published" };

export const searchUnit = testGeography.bramsche.unitKey;
export const otherUnit = testGeography.melle.unitKey;

async function districtOf(db: TDb, unitKey: string): Promise<string> {
  const [unit] = await db
    .select({ districtAgs: municipalUnits.districtAgs })
    .from(municipalUnits)
    .where(eq(municipalUnits.key, unitKey));
  if (!unit) throw new Error(`unknown unit ${unitKey}`);
  return unit.districtAgs;
}

export async function seedPage(db: TDb, slug: string, texts: TTexts, { unitKey, status = "published" }: TOwner) {
  const [page] = await db
    .insert(portalPages)
    .values({ ownerUnitKey: unitKey, topic: "housing", slug, status, germanVersion: 1 })
    .returning();
  if (!page) throw new Error("page not created");
  await db.insert(portalPageTexts).values(
    Object.entries(texts).map(([language, text]) => ({
      pageId: page.id,
      language: language as TContentLanguage,
      title: text.title,
      summary: "",
      bodyHtml: text.body ?? `<p>${text.title}</p>`,
      sourceVersion: language === "de" ? null : 1,
    })),
  );
  return page;
}

export async function seedEvent(
  db: TDb,
  texts: TTexts,
  { unitKey, status = "published", startsAt }: TOwner & { startsAt: Date },
) {
  const [event] = await db
    .insert(portalEvents)
    .values({
      districtAgs: await districtOf(db, unitKey ?? searchUnit),
      municipalUnitKey: unitKey,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      address: "Marktplatz 1, Bramsche",
    })
    .returning();
  if (!event) throw new Error("event not created");
  await db.insert(portalEventTexts).values(
    Object.entries(texts).map(([language, text]) => ({
      eventId: event.id,
      language,
      title: text.title,
      descriptionHtml: text.body ?? "",
    })),
  );
  return event;
}

export async function seedPlace(db: TDb, texts: TTexts, { unitKey, status = "published" }: TOwner) {
  const [place] = await db
    .insert(portalPlaces)
    .values({
      ownerUnitKey: unitKey,
      districtAgs: await districtOf(db, unitKey ?? searchUnit),
      category: "authority",
      street: "Hasestraße 11",
      postalCode: "49565",
      city: "Bramsche",
      municipalityAgs: testGeography.bramsche.municipalityAgs,
      status,
    })
    .returning();
  if (!place) throw new Error("place not created");
  await db.insert(portalPlaceTexts).values(
    Object.entries(texts).map(([language, text]) => ({
      placeId: place.id,
      language,
      name: text.title,
      description: text.body ?? "",
    })),
  );
  return place;
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

/**
 * A small portal for Bramsche in several languages, with drafts, Melle's content and a past event
 * that the search must leave out.
 */
export async function seedSearchContent(db: TDb) {
  const provider = await buildProvider(db);
  return {
    housing: await seedPage(
      db,
      "wohnung-suchen",
      {
        de: { title: "Wohnung suchen", body: "<p>So finden Sie eine Wohnung &amp; Hilfe.</p>" },
        uk: { title: "Пошук житла" },
      },
      { unitKey: null },
    ),
    paediatrician: await seedPage(
      db,
      "kinderarzt",
      { de: { title: "Kinderarzt finden", body: "<p>Ein Arzt für Ihr Kind.</p>" } },
      { unitKey: searchUnit },
    ),
    draftPage: await seedPage(
      db,
      "wohnung-entwurf",
      { de: { title: "Wohnung Entwurf" } },
      { unitKey: searchUnit, status: "draft" },
    ),
    otherUnitPage: await seedPage(db, "wohnung-melle", { de: { title: "Wohnung in Melle" } }, { unitKey: otherUnit }),
    languageCafe: await seedEvent(
      db,
      {
        de: { title: "Sprachkurs im Café", body: "<p>Deutsch üben bei Kaffee.</p>" },
        ar: { title: "دورة اللغة في المقهى" },
      },
      { unitKey: searchUnit, startsAt: inAWeek() },
    ),
    pastEvent: await seedEvent(
      db,
      { de: { title: "Sprachkurs vom letzten Jahr" } },
      {
        unitKey: searchUnit,
        startsAt: new Date(Date.now() - 365 * 86_400_000),
      },
    ),
    draftEvent: await seedEvent(
      db,
      { de: { title: "Sprachkurs Entwurf" } },
      {
        unitKey: searchUnit,
        status: "draft",
        startsAt: inAWeek(),
      },
    ),
    office: await seedPlace(
      db,
      {
        de: { title: "Bürgerbüro Bramsche", body: "<p>Anmeldung der Wohnung</p>" },
        en: { title: "Citizens' office Bramsche" },
      },
      { unitKey: searchUnit },
    ),
    otherUnitPlace: await seedPlace(db, { de: { title: "Bürgerbüro Melle" } }, { unitKey: otherUnit }),
    course: await buildPublishedOffer(db, provider.id, {
      title: "Deutscher Sprachkurs am Abend",
      category: "language_course",
    }),
  };
}
