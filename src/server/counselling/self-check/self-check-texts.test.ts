import { describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { listQuestionnaires } from "../questionnaires/questionnaire-registry.js";
import { selfCheckQuestionTexts, selfCheckUiTexts } from "./self-check-texts.js";

describe("self-check texts", () => {
  it("name every page text in every portal language", () => {
    const keys = Object.keys(selfCheckUiTexts.de).sort();
    for (const language of portalLanguages) expect(Object.keys(selfCheckUiTexts[language]).sort()).toEqual(keys);
  });

  it.each(
    listQuestionnaires().map(
      (entry) => [`${entry.definition.key}@${entry.definition.version}`, entry.definition] as const,
    ),
  )(
    "word every question of %s to the newcomer; Ukrainian and Arabic also every title and option",
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
      for (const language of ["uk", "ar"] as const) expect(Object.keys(texts?.[language] ?? {}).sort()).toEqual(all);
    },
  );
});
