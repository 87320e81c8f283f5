import type { TOfferCategory } from "../../../common/offers/offer.js";

/**
 * Which offers address a need of the first interview's needs rules: offer categories, optionally
 * only some course types (by code prefix) or, for general counselling, offers in some fields of
 * action. One entry per need code; a need code without one finds no offer (and counts as unmet).
 */
export type TNeedOfferKind = {
  categories: readonly TOfferCategory[];
  courseTypePrefixes?: readonly string[];
  counsellingFields?: readonly string[];
};

const residence: TNeedOfferKind = { categories: ["counselling"], counsellingFields: ["aufenthalt"] };
const housing: TNeedOfferKind = { categories: ["housing", "counselling"], counsellingFields: ["wohnen"] };
const school: TNeedOfferKind = { categories: ["kita_school_support"] };
const health: TNeedOfferKind = { categories: ["health"] };
const integrationCourse: TNeedOfferKind = { categories: ["language_course"], courseTypePrefixes: ["ik_"] };

export const needOfferKinds: Readonly<Record<string, TNeedOfferKind>> = {
  permit_expiring: residence,
  residence_perspective: residence,
  residence_counselling: residence,
  housing_urgent: housing,
  housing_search: housing,
  literacy_course: { categories: ["language_course"], courseTypePrefixes: ["ik_alpha", "ik_zweitschrift"] },
  integration_course: integrationCourse,
  course_resumption: integrationCourse,
  job_language_course: { categories: ["language_course"], courseTypePrefixes: ["bsk_"] },
  qualification_recognition: { categories: ["recognition_counselling"] },
  kita_place: school,
  school_place: school,
  school_qualification: { categories: ["kita_school_support", "vocational_training"] },
  work_permit: { categories: ["counselling"], counsellingFields: ["arbeit", "aufenthalt"] },
  job_counselling: { categories: ["job", "vocational_training", "counselling"], counsellingFields: ["arbeit"] },
  health_insurance: health,
  family_doctor: health,
  health_support: health,
  childcare_for_courses: school,
  club_contact: { categories: ["participation"] },
  religious_community: { categories: ["religious_interreligious"] },
  interreligious_dialogue: { categories: ["religious_interreligious"] },
  volunteering: { categories: ["volunteering"] },
  volunteer_guide: { categories: ["volunteering", "participation"] },
};

/** Every category some need looks for: the candidate offers to load for a set of need codes. */
export function listCategoriesFor(needCodes: readonly string[]): TOfferCategory[] {
  return [...new Set(needCodes.flatMap((code) => needOfferKinds[code]?.categories ?? []))];
}

/** Whether an offer is of the kind the need asks for. */
export function isOfferForNeed(
  kind: TNeedOfferKind,
  offer: { category: string; courseType: string | null; fieldsOfAction: readonly string[] },
): boolean {
  if (!kind.categories.includes(offer.category as TOfferCategory)) return false;
  if (kind.courseTypePrefixes && offer.category === "language_course") {
    const courseType = offer.courseType;
    if (!courseType || !kind.courseTypePrefixes.some((prefix) => courseType.startsWith(prefix))) return false;
  }
  if (kind.counsellingFields && offer.category === "counselling") {
    if (!offer.fieldsOfAction.some((field) => kind.counsellingFields?.includes(field))) return false;
  }
  return true;
}
