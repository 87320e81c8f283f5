import {
  cefrAnswerLevels,
  type TAnswers,
  type TAnswerValue,
  type TCefrAnswerLevel,
  type TCondition,
  type TQuestionnaireDefinition,
} from "./questionnaire-schemas.js";

const dayInMs = 86_400_000;

export function isAnswered(value: TAnswerValue | undefined): value is TAnswerValue {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function cefrRank(value: TAnswerValue | undefined): number {
  return typeof value === "string" ? cefrAnswerLevels.indexOf(value as TCefrAnswerLevel) : -1;
}

function daysFrom(today: string, value: TAnswerValue | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  return Math.round((time - Date.parse(`${today}T00:00:00Z`)) / dayInMs);
}

/**
 * Whether a condition holds for the answers given so far. `today` (YYYY-MM-DD) anchors "within N
 * days" (a date already past counts as within). Unanswered questions satisfy nothing but `answered: false`.
 */
export function conditionHolds(condition: TCondition, answers: TAnswers, today: string): boolean {
  if ("all" in condition) return condition.all.every((part) => conditionHolds(part, answers, today));
  if ("any" in condition) return condition.any.some((part) => conditionHolds(part, answers, today));
  if ("not" in condition) return !conditionHolds(condition.not, answers, today);
  const value = answers[condition.question];
  if ("answered" in condition) return isAnswered(value) === condition.answered;
  if (!isAnswered(value)) return false;
  if ("equals" in condition)
    return Array.isArray(value) ? value.includes(String(condition.equals)) : value === condition.equals;
  if ("in" in condition) {
    return Array.isArray(value)
      ? value.some((choice) => condition.in.includes(choice))
      : condition.in.includes(String(value));
  }
  if ("below" in condition) {
    const rank = cefrRank(value);
    return rank >= 0 && rank < cefrAnswerLevels.indexOf(condition.below);
  }
  if ("lessThan" in condition) return typeof value === "number" && value < condition.lessThan;
  if ("greaterThan" in condition) return typeof value === "number" && value > condition.greaterThan;
  const days = daysFrom(today, value);
  return days !== undefined && days <= condition.withinDays;
}

/**
 * The questions shown for these answers, in order: a question without `showIf` always, else when it
 * holds on the answers of questions shown before it (an answer to a hidden question decides nothing).
 */
export function visibleQuestionIds(
  definition: TQuestionnaireDefinition,
  answers: TAnswers,
  today: string,
): Set<string> {
  const visible = new Set<string>();
  const shownAnswers: TAnswers = {};
  for (const section of definition.sections) {
    for (const question of section.questions) {
      if (question.showIf && !conditionHolds(question.showIf, shownAnswers, today)) continue;
      visible.add(question.id);
      const value = answers[question.id];
      if (value !== undefined) shownAnswers[question.id] = value;
    }
  }
  return visible;
}
