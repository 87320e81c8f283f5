import { z } from "zod";
import { cefrLevels } from "../offers/offer.js";

/**
 * Questionnaire definitions (first interview, later ones): versioned, kept in the repository
 * (src/server/counselling/questionnaires/definitions/), sent to the web app as they are. Every text
 * carries German and English, as staff read it; the portal's self-check has its own wording per
 * language (src/server/counselling/self-check/texts/), addressed to the newcomer.
 */
export const questionTypes = [
  "single_choice",
  "multiple_choice",
  "yes_no",
  "cefr_level",
  "date",
  "number",
  "text",
] as const;
export type TQuestionType = (typeof questionTypes)[number];

export const ZText = z.object({ de: z.string().min(1), en: z.string().min(1) });
export type TText = z.infer<typeof ZText>;

/** The levels a CEFR question offers: none yet, then A1 … C2 (the order conditions compare by). */
export const cefrAnswerLevels = ["none", ...cefrLevels] as const;
export type TCefrAnswerLevel = (typeof cefrAnswerLevels)[number];

export type TCondition =
  | { question: string; equals: string | boolean }
  | { question: string; in: string[] }
  | { question: string; answered: boolean }
  | { question: string; below: TCefrAnswerLevel }
  | { question: string; lessThan: number }
  | { question: string; greaterThan: number }
  | { question: string; withinDays: number }
  | { all: TCondition[] }
  | { any: TCondition[] }
  | { not: TCondition };

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z.union([
    z.object({ question: z.string(), equals: z.union([z.string(), z.boolean()]) }).strict(),
    z.object({ question: z.string(), in: z.array(z.string()).min(1) }).strict(),
    z.object({ question: z.string(), answered: z.boolean() }).strict(),
    z.object({ question: z.string(), below: z.enum(cefrAnswerLevels) }).strict(),
    z.object({ question: z.string(), lessThan: z.number() }).strict(),
    z.object({ question: z.string(), greaterThan: z.number() }).strict(),
    z.object({ question: z.string(), withinDays: z.number().int() }).strict(),
    z.object({ all: z.array(ZCondition).min(1) }).strict(),
    z.object({ any: z.array(ZCondition).min(1) }).strict(),
    z.object({ not: ZCondition }).strict(),
  ]),
);

export const ZQuestionOption = z.object({ value: z.string().regex(/^[a-z0-9_]+$/), label: ZText });

/** Answers of special categories (GDPR Art. 9): shown only to roles that do counselling. */
export const sensitiveCategories = ["health", "religion"] as const;

export const ZQuestion = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  type: z.enum(questionTypes),
  label: ZText,
  help: ZText.optional(),
  options: z.array(ZQuestionOption).optional(),
  required: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  showIf: ZCondition.optional(),
  sensitive: z.enum(sensitiveCategories).optional(),
});
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZSection = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  fieldOfAction: z.string(),
  title: ZText,
  questions: z.array(ZQuestion).min(1),
});
export type TSection = z.infer<typeof ZSection>;

export const ZQuestionnaireDefinition = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  version: z.number().int().positive(),
  title: ZText,
  sections: z.array(ZSection).min(1),
});
export type TQuestionnaireDefinition = z.infer<typeof ZQuestionnaireDefinition>;

/** One answer: a choice, several choices, yes/no, a CEFR level, a date (YYYY-MM-DD), a number or text. */
export const ZAnswerValue = z.union([z.string(), z.array(z.string()), z.boolean(), z.number()]);
export type TAnswerValue = z.infer<typeof ZAnswerValue>;
export const ZAnswers = z.record(z.string(), ZAnswerValue);
export type TAnswers = z.infer<typeof ZAnswers>;

/** The text in German for "de…" languages, in English otherwise (the staff app's two languages). */
export function textIn(text: TText, language: string): string {
  return language.startsWith("de") ? text.de : text.en;
}
