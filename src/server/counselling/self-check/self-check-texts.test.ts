import { describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { directionOf } from "../../../common/portal/portal-content.js";
import { listQuestionnaires } from "../questionnaires/questionnaire-registry.js";
import { selfCheckQuestionTexts, selfCheckUiTexts } from "./self-check-texts.js";

const placeholders = (text: string) =>
  [...text.matchAll(/\{\w+\}/g)]
    .map((match) => match[0])
    .sort()
    .join();

/** Latin words, dates and numbers with signs inside right-to-left text, outside an isolate (U+2066 … U+2069). */
const unisolatedLatin = (text: string) =>
  /[\u0600-\u06ff]/.test(text) && /[A-Za-z]|\d[-+]\d|\+\d/.test(text.replace(/\u2066[^\u2069]*\u2069|\{\w+\}/g, ""));

/** German and English word only the questions (titles and options come from the definition); the rest name all. */
const fullyWordedLanguages = portalLanguages.filter((language) => language !== "de" && language !== "en");

describe("self-check texts", () => {
  it.each(portalLanguages)("name every page text in %s, none empty, placeholders kept", (language) => {
    const texts = selfCheckUiTexts[language];
    expect(Object.keys(texts).sort()).toEqual(Object.keys(selfCheckUiTexts.de).sort());
    expect(Object.entries(texts).filter(([, text]) => text.trim() === "")).toEqual([]);
    const changed = Object.entries(texts).filter(
      ([key, text]) => placeholders(text) !== placeholders(selfCheckUiTexts.de[key as keyof typeof texts]),
    );
    expect(changed).toEqual([]);
    if (directionOf(language) === "rtl") {
      expect(Object.entries(texts).filter(([, text]) => unisolatedLatin(text))).toEqual([]);
    }
  });

  it.each(
    listQuestionnaires().map(
      (entry) => [`${entry.definition.key}@${entry.definition.version}`, entry.definition] as const,
    ),
  )(
    "word every question of %s to the newcomer; every language but German and English also every title and option",
    (name, definition) => {
      const texts = selfCheckQuestionTexts[name];
      expect(texts).toBeDefined();
      const questions = definition.sections.flatMap((section) => section.questions);
      const all = [
        "title",
        ...definition.sections.map((section) => `section:${section.id}`),
        ...questions.flatMap((question) => [
          question.id,
          ...(question.options ?? []).map((o) => `${question.id}.${o.value}`),
        ]),
      ].sort();
      for (const language of ["de", "en"] as const) {
        expect(Object.keys(texts?.[language] ?? {}).sort()).toEqual(questions.map((question) => question.id).sort());
      }
      for (const language of fullyWordedLanguages) {
        const own = texts?.[language] ?? {};
        expect({ language, keys: Object.keys(own).sort() }).toEqual({ language, keys: all });
        expect(Object.entries(own).filter(([, text]) => text.trim() === "")).toEqual([]);
        if (directionOf(language) === "rtl") {
          expect(Object.entries(own).filter(([, text]) => unisolatedLatin(text))).toEqual([]);
        }
      }
    },
  );
});
