import type { TFunction } from "i18next";
import { type TAnswerValue, type TQuestion, textIn } from "../../../common/counselling/questionnaire-schemas.js";

/** An answer as a caseworker reads it: the option's label, yes/no, the level, the date in the UI's format. */
export function formatAnswer(
  question: TQuestion | undefined,
  value: TAnswerValue | null | undefined,
  { language, t, formatDate }: { language: string; t: TFunction; formatDate: (isoDate: string) => string },
): string {
  if (value === null || value === undefined) return t("counselling.interview.notAnswered");
  const optionLabel = (choice: string) => {
    const option = question?.options?.find((candidate) => candidate.value === choice);
    return option ? textIn(option.label, language) : choice;
  };
  if (typeof value === "boolean") return value ? t("counselling.interview.yes") : t("counselling.interview.no");
  if (Array.isArray(value)) return value.map(optionLabel).join(", ");
  if (typeof value === "number") return String(value);
  if (question?.type === "date") return formatDate(value);
  if (question?.type === "cefr_level") return value === "none" ? t("counselling.interview.cefrNone") : value;
  return question?.type === "single_choice" ? optionLabel(value) : value;
}
