import type { TOfferCategory } from "../../common/offers/offer.js";
import { referenceDay, toIsoDate } from "./demo-calendar.js";
import type { TDemoOrganisation } from "./demo-organisations.js";
import type { TDemoReference } from "./demo-reference.js";
import { courseLevels, offerCategoryFields, offerTemplates, providerOffers } from "./offer-templates.js";
import { createWeightedPicker, type TRandom } from "./random.js";

export type TDemoOffer = {
  id: string;
  providerId: string;
  category: TOfferCategory;
  fieldsOfAction: string[];
  titleDe: string;
  descriptionDe: string;
  courseType: string | null;
  cefrFrom: string | null;
  cefrTo: string | null;
  languages: string[];
  municipalityAgs: string | null;
  isOnline: boolean;
  capacity: number | null;
  freePlaces: number | null;
  hasChildcare: boolean;
  isBarrierFree: boolean;
  startsOn: string | null;
};

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

/** The next Monday on or after a day, as courses start on Mondays (1970-01-05 was a Monday). */
function toMonday(dayNumber: number): number {
  return dayNumber + ((7 - ((dayNumber - 4) % 7)) % 7);
}

/** "600+100" teaching units are 600 of language and 100 of orientation (Orientierungskurs). */
function describeCourse(teachingUnits: string, targetLevel: string | undefined): string {
  const match = /^(\d+)(?:\+(\d+))?/.exec(teachingUnits);
  const units = !match
    ? "Kurs nach den Vorgaben des BAMF."
    : match[2]
      ? `Kurs nach den Vorgaben des BAMF: ${match[1]} Unterrichtseinheiten Sprachkurs und ${match[2]} Unterrichtseinheiten Orientierungskurs zu je 45 Minuten.`
      : `Kurs nach den Vorgaben des BAMF: ${match[1]} Unterrichtseinheiten zu je 45 Minuten.`;
  return targetLevel ? `${units} Ziel: Sprachniveau ${targetLevel}.` : units;
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
      offers.push({
        id: random.uuid(),
        providerId: provider.id,
        category,
        fieldsOfAction: [...fields(category)],
        titleDe: courseType ? courseType.nameDe.replace("->", "→") : (template?.title ?? category),
        descriptionDe: courseType
          ? describeCourse(courseType.teachingUnits, levels?.[1])
          : (template?.description ?? ""),
        courseType: courseType?.code ?? null,
        cefrFrom: levels?.[0] ?? null,
        cefrTo: levels?.[1] ?? null,
        languages: drawLanguages(random, isCourse),
        municipalityAgs: isOnline ? null : random.isChance(0.75) ? home : random.pick(neighbours).ags,
        isOnline,
        capacity,
        freePlaces,
        hasChildcare: courseType?.code === "ik_eltern" || random.isChance(isCourse ? 0.15 : 0.08),
        isBarrierFree: random.isChance(0.65),
        startsOn: isScheduled
          ? toIsoDate(toMonday(referenceDay + random.integer(-60, 270)))
          : random.isChance(0.3)
            ? toIsoDate(referenceDay + random.integer(-400, 60))
            : null,
      });
    }
  }
  return offers;
}
