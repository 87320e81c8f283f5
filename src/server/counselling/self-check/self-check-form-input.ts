import type { TAnswerValue, TQuestion } from "../../../common/counselling/questionnaire-schemas.js";
import type { TFormBody } from "../../arrival/self-registration/portal-form-input.js";

export type TSelfCheckAction = "back" | "next" | "submit";

export type TSelfCheckPost = {
  sectionId: string;
  shown: string[];
  action: TSelfCheckAction;
  changes: Record<string, TAnswerValue | null>;
};

export const fieldName = (questionId: string) => `q-${questionId}`;

/** One posted field as the answer its question type expects; empty clears. A wrong shape stays, for the check to name. */
function readValue(question: TQuestion, values: string[]): TAnswerValue | null {
  const filled = values.map((value) => value.trim()).filter((value) => value !== "");
  if (question.type === "multiple_choice") return filled.length > 0 ? filled : null;
  const [value] = filled;
  if (value === undefined) return null;
  if (question.type === "yes_no") return value === "yes" ? true : value === "no" ? false : value;
  if (question.type === "number") return /^-?\d{1,6}$/.test(value) ? Number(value) : value;
  return value;
}

/**
 * A self-check page's post: which section, which questions the page showed (only their answers
 * change; a question the page did not show keeps its answer), and where to go next.
 */
export function readSelfCheckPost(body: TFormBody, questions: ReadonlyMap<string, TQuestion>): TSelfCheckPost {
  const action = body.action?.[0];
  const shown = [...new Set(body.shown ?? [])].filter((id) => questions.has(id));
  const changes: TSelfCheckPost["changes"] = {};
  for (const id of shown) {
    const question = questions.get(id);
    if (question) changes[id] = readValue(question, body[fieldName(id)] ?? []);
  }
  return {
    sectionId: body.section?.[0] ?? "",
    shown,
    action: action === "back" || action === "submit" ? action : "next",
    changes,
  };
}
