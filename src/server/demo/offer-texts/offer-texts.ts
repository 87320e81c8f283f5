import type { TCourseFacts, TCourseTexts, TOfferText } from "./offer-text-types.js";
import { arabicCourseTexts, arabicTemplateTexts } from "./offer-texts-ar.js";
import { englishCourseTexts, englishTemplateTexts } from "./offer-texts-en.js";
import { ukrainianCourseTexts, ukrainianTemplateTexts } from "./offer-texts-uk.js";

export type TDemoTextLanguage = "de" | "en" | "uk" | "ar";
export type TOfferTranslation = TOfferText & { language: TDemoTextLanguage };

/** English for every template, Ukrainian and Arabic for the most common ones; German is the template itself. */
const templateTranslations: readonly (readonly [TDemoTextLanguage, Readonly<Record<string, TOfferText>>])[] = [
  ["en", englishTemplateTexts],
  ["uk", ukrainianTemplateTexts],
  ["ar", arabicTemplateTexts],
];

const courseTranslations: readonly (readonly [TDemoTextLanguage, TCourseTexts])[] = [
  ["en", englishCourseTexts],
  ["uk", ukrainianCourseTexts],
  ["ar", arabicCourseTexts],
];

/** "600+100" teaching units are 600 of language and 100 of orientation (Orientierungskurs). */
export function parseCourseFacts(teachingUnits: string, targetLevel: string | null): TCourseFacts {
  const match = /^(\d+)(?:\+(\d+))?/.exec(teachingUnits);
  return {
    units: match?.[1] ? Number(match[1]) : null,
    orientationUnits: match?.[2] ? Number(match[2]) : null,
    targetLevel,
  };
}

function describeGermanCourse({ units, orientationUnits, targetLevel }: TCourseFacts): string {
  const course =
    units === null
      ? "Kurs nach den Vorgaben des BAMF."
      : orientationUnits === null
        ? `Kurs nach den Vorgaben des BAMF: ${units} Unterrichtseinheiten zu je 45 Minuten.`
        : `Kurs nach den Vorgaben des BAMF: ${units} Unterrichtseinheiten Sprachkurs und ${orientationUnits} Unterrichtseinheiten Orientierungskurs zu je 45 Minuten.`;
  return targetLevel ? `${course} Ziel: Sprachniveau ${targetLevel}.` : course;
}

/** The German text of a template first, then every translation of it. */
export function translateTemplate(german: TOfferText): TOfferTranslation[] {
  const translations = templateTranslations.flatMap(([language, texts]) => {
    const text = texts[german.title];
    return text ? [{ language, ...text }] : [];
  });
  return [{ language: "de", ...german }, ...translations];
}

/** A language course's texts: the course type's name and its figures, in German and every course translation. */
export function translateCourse(
  courseType: { code: string; nameDe: string; teachingUnits: string },
  targetLevel: string | null,
): TOfferTranslation[] {
  const facts = parseCourseFacts(courseType.teachingUnits, targetLevel);
  const translations = courseTranslations.flatMap(([language, texts]) => {
    const title = texts.names[courseType.code];
    return title ? [{ language, title, description: texts.describe(facts) }] : [];
  });
  const german = { title: courseType.nameDe.replace("->", "→"), description: describeGermanCourse(facts) };
  return [{ language: "de", ...german }, ...translations];
}
