import type { TOpeningSlot, TPlaceCategory } from "../../common/portal/place.js";
import type { TDbExecutor } from "../platform/db/database.js";
import { portalEvents, portalEventTexts } from "../portal/events/portal-event-tables.js";
import { portalPlaces, portalPlaceTexts } from "../portal/places/portal-place-tables.js";
import type { TDemoReference } from "./demo-reference.js";
import type { TRandom } from "./random.js";

type TDemoPlace = {
  category: TPlaceCategory;
  street: string;
  openingHours: TOpeningSlot[];
  isAppointmentOnly: boolean;
  texts: Record<string, { name: string; description: string }>;
};

/** District-wide places in the first municipality, with clearly synthetic contact data. */
const demoPlaces: TDemoPlace[] = [
  {
    category: "authority",
    street: "Kreishausplatz 1",
    openingHours: [
      { weekday: 1, opens: "08:00", closes: "12:00" },
      { weekday: 2, opens: "08:00", closes: "12:00" },
      { weekday: 4, opens: "08:00", closes: "12:00" },
      { weekday: 4, opens: "14:00", closes: "17:00" },
      { weekday: 5, opens: "08:00", closes: "12:00" },
    ],
    isAppointmentOnly: false,
    texts: {
      de: {
        name: "Ausländerbehörde des Landkreises (Demo)",
        description: "<p>Aufenthaltstitel, Verlängerungen und Fragen zum Aufenthalt.</p>",
      },
      en: {
        name: "District immigration office (demo)",
        description: "<p>Residence permits, extensions and questions about your stay.</p>",
      },
      uk: {
        name: "Відомство у справах іноземців округу (демо)",
        description: "<p>Дозволи на проживання, продовження та питання щодо перебування.</p>",
      },
      ar: {
        name: "دائرة الأجانب في المقاطعة (تجريبي)",
        description: "<p>تصاريح الإقامة وتمديدها والأسئلة حول الإقامة.</p>",
      },
    },
  },
  {
    category: "counselling_centre",
    street: "Rathausplatz 3",
    openingHours: [
      { weekday: 2, opens: "09:00", closes: "13:00" },
      { weekday: 3, opens: "13:00", closes: "17:00" },
    ],
    isAppointmentOnly: true,
    texts: {
      de: {
        name: "Migrationsberatung (Demo)",
        description: "<p>Kostenlose Beratung zu Sprache, Arbeit, Wohnen und Familie.</p>",
      },
      en: {
        name: "Migration counselling (demo)",
        description: "<p>Free counselling on language, work, housing and family.</p>",
      },
    },
  },
];

const sprachcafeTexts = [
  {
    language: "de",
    title: "Sprachcafé (Demo)",
    descriptionHtml: "<p>Jeden Dienstag Deutsch sprechen bei Kaffee und Tee. Alle Niveaus, ohne Anmeldung.</p>",
  },
  {
    language: "en",
    title: "Language café (demo)",
    descriptionHtml: "<p>Speak German over coffee and tea every Tuesday. All levels, no registration.</p>",
  },
  {
    language: "uk",
    title: "Мовне кафе (демо)",
    descriptionHtml: "<p>Щовівторка говоримо німецькою за кавою і чаєм. Усі рівні, без реєстрації.</p>",
  },
  {
    language: "ar",
    title: "مقهى اللغة (تجريبي)",
    descriptionHtml: "<p>تحدث الألمانية كل يوم ثلاثاء مع القهوة والشاي. لكل المستويات، بدون تسجيل.</p>",
  },
];

const dayMs = 86_400_000;

/**
 * The demo's published places and events, district-wide: an immigration office with opening hours,
 * a counselling centre by appointment, a weekly Sprachcafé (Tuesdays 17:00–19:00 in Berlin) and an
 * all-day information day three weeks after seeding.
 */
export async function insertDemoPortalPlacesAndEvents(
  executor: TDbExecutor,
  random: TRandom,
  reference: Pick<TDemoReference, "district" | "municipalities">,
  today: Date,
): Promise<{ places: number; events: number }> {
  const municipality = reference.municipalities[0];
  if (!municipality) throw new Error("Demo places need a municipality.");
  const placed = demoPlaces.map((place) => ({ id: random.uuid(), place }));
  const [office, counselling] = placed;
  if (!office || !counselling) throw new Error("Demo places are two.");
  await executor.insert(portalPlaces).values(
    placed.map(({ id, place }, index) => ({
      id,
      ownerUnitKey: null,
      districtAgs: reference.district.ags,
      category: place.category,
      street: place.street,
      postalCode: `49${municipality.ags.slice(-3)}`,
      city: municipality.name,
      municipalityAgs: municipality.ags,
      latitude: Math.round((municipality.latitude + 0.001 * index) * 1e5) / 1e5,
      longitude: Math.round(municipality.longitude * 1e5) / 1e5,
      openingHours: place.openingHours,
      openingHoursNote: "An Feiertagen geschlossen.",
      isAppointmentOnly: place.isAppointmentOnly,
      isBarrierFree: true,
      barrierFreeNote: "Eingang ohne Stufen, Aufzug.",
      phone: `0541 000-${300 + index}`,
      email: `demo-ort-${index + 1}@landkreis.example.org`,
      website: "https://landkreis.example.org",
      status: "published" as const,
    })),
  );
  await executor.insert(portalPlaceTexts).values(
    placed.flatMap(({ id, place }) =>
      Object.entries(place.texts).map(([language, text]) => ({
        placeId: id,
        language,
        ...text,
      })),
    ),
  );
  const infoDay = new Date(today.getTime() + 21 * dayMs).toISOString().slice(0, 10);
  const [cafeId, infoDayId] = [random.uuid(), random.uuid()];
  await executor.insert(portalEvents).values([
    {
      id: cafeId,
      districtAgs: reference.district.ags,
      municipalUnitKey: null,
      status: "published",
      startsAt: new Date("2026-01-06T16:00:00Z"),
      endsAt: new Date("2026-01-06T18:00:00Z"),
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      address: `${counselling.place.street}, ${municipality.name}`,
      placeId: counselling.id,
      organiser: "Migrationsberatung (Demo)",
      isFree: true,
    },
    {
      id: infoDayId,
      districtAgs: reference.district.ags,
      municipalUnitKey: null,
      status: "published",
      startsOn: infoDay,
      endsOn: infoDay,
      address: `${office.place.street}, ${municipality.name}`,
      placeId: office.id,
      organiser: "Landkreis (Demo)",
      isFree: true,
    },
  ]);
  await executor.insert(portalEventTexts).values([
    ...sprachcafeTexts.map((text) => ({ eventId: cafeId, ...text })),
    {
      eventId: infoDayId,
      language: "de",
      title: "Infotag Ankommen (Demo)",
      descriptionHtml: "<p>Ämter und Beratungsstellen stellen sich vor. Mit Dolmetschern.</p>",
    },
    {
      eventId: infoDayId,
      language: "en",
      title: "Arrival information day (demo)",
      descriptionHtml: "<p>Offices and counselling services introduce themselves. With interpreters.</p>",
    },
  ]);
  return { places: demoPlaces.length, events: 2 };
}
