import type { TOfferCategory, TOfferCostKind } from "../../common/offers/offer.js";
import type { TDemoOrganisation } from "./demo-organisations.js";
import type { TDemoReference } from "./demo-reference.js";
import { drawCost, drawSchedule, type TDemoSchedule } from "./offer-schedules.js";
import { courseLevels, offerCategoryFields, offerTemplates, providerOffers } from "./offer-templates.js";
import {
  parseCourseFacts,
  type TOfferTranslation,
  translateCourse,
  translateTemplate,
} from "./offer-texts/offer-texts.js";
import { createWeightedPicker, type TRandom } from "./random.js";

export type TDemoOffer = TDemoSchedule & {
  id: string;
  providerId: string;
  category: TOfferCategory;
  fieldsOfAction: string[];
  /** German first, then every language the offer's template has a text in. */
  texts: TOfferTranslation[];
  courseType: string | null;
  cefrFrom: string | null;
  cefrTo: string | null;
  languages: string[];
  municipalityAgs: string | null;
  isOnline: boolean;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  capacity: number | null;
  freePlaces: number | null;
  costKind: TOfferCostKind;
  costAmountEur: number | null;
  hasChildcare: boolean;
  isBarrierFree: boolean;
};

type TDemoPlace = Pick<TDemoOffer, "municipalityAgs" | "street" | "postalCode" | "city" | "latitude" | "longitude">;

const streets = [
  "Hauptstraße",
  "Bahnhofstraße",
  "Kirchstraße",
  "Schulstraße",
  "Lindenstraße",
  "Gartenstraße",
  "Am Markt",
  "Mühlenweg",
] as const;

/** Languages besides German that offers are given in, weighted like the newcomers who need them. */
const pickExtraLanguage = createWeightedPicker([
  ["uk", 26],
  ["ar", 22],
  ["ru", 12],
  ["fa", 9],
  ["tr", 9],
  ["en", 9],
  ["ro", 5],
  ["pl", 4],
  ["bg", 3],
  ["ti", 2],
  ["kmr", 2],
  ["ps", 2],
] as const);

const GROUP_CATEGORIES = new Set<TOfferCategory>(["participation", "health", "housing", "kita_school_support"]);
const ONLINE_SHARE: Partial<Record<TOfferCategory, number>> = {
  counselling: 0.15,
  recognition_counselling: 0.25,
  language_course: 0.08,
  job: 0.1,
};

/** A few hundred metres around the municipality's centre, so offers in one place do not share a pin. */
function drawPlace(
  random: TRandom,
  municipality: TDemoReference["municipalities"][number] | undefined,
  postalCode: string,
): TDemoPlace {
  if (!municipality) {
    return { municipalityAgs: null, street: null, postalCode: null, city: null, latitude: null, longitude: null };
  }
  const jitter = (spread: number) => Math.round((random.next() - 0.5) * spread * 100_000) / 100_000;
  return {
    municipalityAgs: municipality.ags,
    street: `${random.pick(streets)} ${random.integer(1, 60)}`,
    postalCode,
    city: municipality.name,
    latitude: Math.round((municipality.latitude + jitter(0.02)) * 100_000) / 100_000,
    longitude: Math.round((municipality.longitude + jitter(0.03)) * 100_000) / 100_000,
  };
}

function drawLanguages(random: TRandom, isCourse: boolean): string[] {
  if (isCourse) return ["de"];
  const languages = new Set(["de"]);
  const extras = random.integer(0, 3);
  for (let index = 0; index < extras; index++) languages.add(pickExtraLanguage(random));
  return [...languages];
}

export function generateOffers(
  random: TRandom,
  reference: TDemoReference,
  providers: readonly TDemoOrganisation[],
): TDemoOffer[] {
  const unitOf = new Map(reference.municipalities.map((m) => [m.ags, m.municipalUnitKey]));
  // Made up like the contact points' (demo-contacts.ts): one per municipality, not the real ones.
  const postalCodeOf = new Map(reference.municipalities.map((m, index) => [m.ags, String(49_500 + index)]));
  const fields = (category: TOfferCategory) => {
    const wanted = offerCategoryFields[category].filter((code) => reference.fieldsOfAction.has(code));
    if (wanted.length === 0) throw new Error(`Demo offers need the fields of action of category ${category}.`);
    return wanted;
  };
  const offers: TDemoOffer[] = [];
  for (const provider of providers) {
    if (!provider.providerType || !provider.homeAgs) continue;
    const plan = providerOffers[provider.providerType];
    const pickCategory = createWeightedPicker(plan.categories);
    const home = provider.homeAgs;
    const neighbours = reference.municipalities.filter((m) => unitOf.get(m.ags) === unitOf.get(home));
    const count = random.integer(plan.count[0], plan.count[1]);
    for (let index = 0; index < count; index++) {
      const category = pickCategory(random);
      const isCourse = category === "language_course";
      const courseType = isCourse ? random.pick(reference.courseTypes) : undefined;
      const levels = courseType ? (courseLevels[courseType.code] ?? ["A1", courseType.cefrTarget ?? "B1"]) : undefined;
      const template = isCourse
        ? undefined
        : random.pick(
            offerTemplates[category].filter(
              (entry) => !entry.onlyFor || (provider.providerType && entry.onlyFor.includes(provider.providerType)),
            ),
          );
      const isOnline = random.isChance(ONLINE_SHARE[category] ?? 0);
      const isScheduled = isCourse || category === "vocational_training";
      const capacity = isCourse
        ? random.integer(12, 25)
        : isScheduled
          ? random.integer(8, 16)
          : GROUP_CATEGORIES.has(category) && random.isChance(0.6)
            ? random.integer(8, 30)
            : null;
      const freePlaces = capacity === null ? null : random.isChance(0.3) ? 0 : random.integer(1, capacity);
      const texts = courseType
        ? translateCourse(courseType, levels?.[1] ?? null)
        : template && translateTemplate(template);
      if (!texts) throw new Error(`Demo offers need a template of category ${category}.`);
      const courseFacts = courseType ? parseCourseFacts(courseType.teachingUnits, null) : null;
      const courseUnits = courseFacts?.units ? courseFacts.units + (courseFacts.orientationUnits ?? 0) : null;
      const municipality = isOnline
        ? undefined
        : random.isChance(0.75)
          ? reference.municipalities.find((m) => m.ags === home)
          : random.pick(neighbours);
      offers.push({
        id: random.uuid(),
        providerId: provider.id,
        category,
        fieldsOfAction: [...fields(category)],
        texts,
        courseType: courseType?.code ?? null,
        cefrFrom: levels?.[0] ?? null,
        cefrTo: levels?.[1] ?? null,
        languages: drawLanguages(random, isCourse),
        isOnline,
        ...drawPlace(random, municipality, postalCodeOf.get(municipality?.ags ?? "") ?? ""),
        ...drawSchedule(random, category, template?.schedule, courseUnits),
        capacity,
        freePlaces,
        ...drawCost(random, category),
        hasChildcare: courseType?.code === "ik_eltern" || random.isChance(isCourse ? 0.15 : 0.08),
        isBarrierFree: random.isChance(0.65),
      });
    }
  }
  return offers;
}
