import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import type { TAnswerIssue } from "../../../common/counselling/answer-validation.js";
import type { TQuestionnaireDefinition, TText } from "../../../common/counselling/questionnaire-schemas.js";
import interviewAr from "./texts/first-interview-v1/ar.json" with { type: "json" };
import interviewBg from "./texts/first-interview-v1/bg.json" with { type: "json" };
import interviewDe from "./texts/first-interview-v1/de.json" with { type: "json" };
import interviewDeEasy from "./texts/first-interview-v1/de-x-easy.json" with { type: "json" };
import interviewEn from "./texts/first-interview-v1/en.json" with { type: "json" };
import interviewFa from "./texts/first-interview-v1/fa.json" with { type: "json" };
import interviewPl from "./texts/first-interview-v1/pl.json" with { type: "json" };
import interviewRo from "./texts/first-interview-v1/ro.json" with { type: "json" };
import interviewRu from "./texts/first-interview-v1/ru.json" with { type: "json" };
import interviewTr from "./texts/first-interview-v1/tr.json" with { type: "json" };
import interviewUk from "./texts/first-interview-v1/uk.json" with { type: "json" };
import uiAr from "./texts/ui/ar.json" with { type: "json" };
import uiBg from "./texts/ui/bg.json" with { type: "json" };
import uiDe from "./texts/ui/de.json" with { type: "json" };
import uiDeEasy from "./texts/ui/de-x-easy.json" with { type: "json" };
import uiEn from "./texts/ui/en.json" with { type: "json" };
import uiFa from "./texts/ui/fa.json" with { type: "json" };
import uiPl from "./texts/ui/pl.json" with { type: "json" };
import uiRo from "./texts/ui/ro.json" with { type: "json" };
import uiRu from "./texts/ui/ru.json" with { type: "json" };
import uiTr from "./texts/ui/tr.json" with { type: "json" };
import uiUk from "./texts/ui/uk.json" with { type: "json" };

/** The self-check pages' own texts; German names every key (self-check-texts.test.ts checks the rest). */
export type TSelfCheckUiTexts = typeof uiDe;
export const selfCheckUiTexts: Record<TPortalLanguage, TSelfCheckUiTexts> = {
  de: uiDe,
  "de-x-easy": uiDeEasy,
  en: uiEn,
  uk: uiUk,
  ar: uiAr,
  tr: uiTr,
  ru: uiRu,
  fa: uiFa,
  ro: uiRo,
  bg: uiBg,
  pl: uiPl,
};

/**
 * The questionnaire as the newcomer reads it, per version and language. Keys: "title",
 * "section:<id>", "<question>", "<question>.<option>". German and English word the questions to
 * the newcomer and take titles and options from the definition; every other language names all.
 */
export const selfCheckQuestionTexts: Record<string, Record<TPortalLanguage, Record<string, string>>> = {
  "first-interview@1": {
    de: interviewDe,
    "de-x-easy": interviewDeEasy,
    en: interviewEn,
    uk: interviewUk,
    ar: interviewAr,
    tr: interviewTr,
    ru: interviewRu,
    fa: interviewFa,
    ro: interviewRo,
    bg: interviewBg,
    pl: interviewPl,
  },
};

export function createSelfCheckWording(definition: TQuestionnaireDefinition, language: TPortalLanguage) {
  const own = selfCheckQuestionTexts[`${definition.key}@${definition.version}`]?.[language] ?? {};
  const fallback = (text: TText) => (language === "de" ? text.de : text.en);
  const questions = new Map(definition.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)));
  return {
    title: () => own.title ?? fallback(definition.title),
    section: (sectionId: string) => {
      const section = definition.sections.find((candidate) => candidate.id === sectionId);
      return own[`section:${sectionId}`] ?? (section ? fallback(section.title) : sectionId);
    },
    question: (questionId: string) => {
      const question = questions.get(questionId);
      return own[questionId] ?? (question ? fallback(question.label) : questionId);
    },
    option: (questionId: string, value: string) => {
      const option = questions.get(questionId)?.options?.find((candidate) => candidate.value === value);
      return own[`${questionId}.${value}`] ?? (option ? fallback(option.label) : value);
    },
  };
}

export type TSelfCheckWording = ReturnType<typeof createSelfCheckWording>;

/** An answer problem in the newcomer's language (the codes a self-check can meet). */
export function selfCheckIssueText(issue: TAnswerIssue, language: TPortalLanguage): string {
  const texts = selfCheckUiTexts[language];
  switch (issue.code) {
    case "answer_unknown_option":
    case "answer_out_of_range":
    case "answer_too_long":
    case "answer_hidden":
    case "date_invalid":
      return texts[issue.code];
    default:
      return texts.answer_wrong_type;
  }
}
