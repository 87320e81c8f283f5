import type { TCondition, TQuestion, TText } from "../../../../common/counselling/questionnaire-schemas.js";

/** Short builders that keep the definitions readable: a text in German and English, an option, a question. */
export function text(de: string, en: string): TText {
  return { de, en };
}

export function option(value: string, de: string, en: string): { value: string; label: TText } {
  return { value, label: text(de, en) };
}

type TQuestionExtras = Partial<Pick<TQuestion, "help" | "options" | "min" | "max" | "sensitive">> & {
  required?: boolean;
  showIf?: TCondition;
};

export function question(id: string, type: TQuestion["type"], label: TText, extras: TQuestionExtras = {}): TQuestion {
  return { id, type, label, required: extras.required ?? false, ...extras };
}

/** Yes/no questions are the commonest: required unless said otherwise. */
export function yesNo(id: string, label: TText, extras: TQuestionExtras = {}): TQuestion {
  return question(id, "yes_no", label, { required: true, ...extras });
}
