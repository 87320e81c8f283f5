import type { TFieldMessageCode } from "../platform/field-messages.js";
import { isAnswered, visibleQuestionIds } from "./questionnaire-conditions.js";
import {
  cefrAnswerLevels,
  type TAnswers,
  type TAnswerValue,
  type TQuestion,
  type TQuestionnaireDefinition,
} from "./questionnaire-schemas.js";

export type TAnswerIssue = { questionId: string; code: TFieldMessageCode };

export const maxTextAnswerLength = 2000;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function optionValues(question: TQuestion): string[] {
  if (question.type === "cefr_level") return [...cefrAnswerLevels];
  return (question.options ?? []).map((option) => option.value);
}

/** What is wrong with one given answer for its question's type, if anything. */
function checkValue(question: TQuestion, value: TAnswerValue): TFieldMessageCode | undefined {
  switch (question.type) {
    case "single_choice":
    case "cefr_level":
      if (typeof value !== "string") return "answer_wrong_type";
      return optionValues(question).includes(value) ? undefined : "answer_unknown_option";
    case "multiple_choice": {
      if (!Array.isArray(value)) return "answer_wrong_type";
      const known = optionValues(question);
      if (!value.every((choice) => known.includes(choice))) return "answer_unknown_option";
      return new Set(value).size === value.length ? undefined : "listed_twice";
    }
    case "yes_no":
      return typeof value === "boolean" ? undefined : "answer_wrong_type";
    case "date":
      if (typeof value !== "string") return "answer_wrong_type";
      return isCalendarDate(value) ? undefined : "date_invalid";
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "answer_wrong_type";
      if (question.min !== undefined && value < question.min) return "answer_out_of_range";
      if (question.max !== undefined && value > question.max) return "answer_out_of_range";
      return undefined;
    case "text":
      if (typeof value !== "string") return "answer_wrong_type";
      return value.length > maxTextAnswerLength ? "answer_too_long" : undefined;
  }
}

/**
 * Checks answers against the definition they are given under: unknown questions, wrong types,
 * unknown options, values out of range, answers to questions their conditions hide, and — when
 * the assessment is to be completed — required questions left unanswered. One issue per question.
 */
export function validateAnswers(
  definition: TQuestionnaireDefinition,
  answers: TAnswers,
  { today, isCompleting }: { today: string; isCompleting: boolean },
): TAnswerIssue[] {
  const questions = new Map(definition.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)));
  const visible = visibleQuestionIds(definition, answers, today);
  const issues: TAnswerIssue[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = questions.get(questionId);
    if (!question) {
      issues.push({ questionId, code: "answer_unknown_question" });
      continue;
    }
    if (!isAnswered(value)) continue;
    if (!visible.has(questionId)) {
      issues.push({ questionId, code: "answer_hidden" });
      continue;
    }
    const code = checkValue(question, value);
    if (code) issues.push({ questionId, code });
  }
  if (isCompleting) {
    for (const question of questions.values()) {
      if (question.required && visible.has(question.id) && !isAnswered(answers[question.id])) {
        issues.push({ questionId: question.id, code: "answer_required" });
      }
    }
  }
  return issues;
}

/** The answers without empty ones and without those their conditions now hide (kept answers stay valid). */
export function pruneAnswers(definition: TQuestionnaireDefinition, answers: TAnswers, today: string): TAnswers {
  const visible = visibleQuestionIds(definition, answers, today);
  return Object.fromEntries(
    Object.entries(answers).filter(([questionId, value]) => visible.has(questionId) && isAnswered(value)),
  );
}
