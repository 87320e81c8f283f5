import type { TNeedPriority } from "../../../common/counselling/assessment-schemas.js";
import { conditionHolds } from "../../../common/counselling/questionnaire-conditions.js";
import type { TAnswers, TCondition, TText } from "../../../common/counselling/questionnaire-schemas.js";

/**
 * A declarative rule: when its condition holds on the answers, the person has this need — in a
 * field of action, with a code, a priority and a reason a caseworker can read to the person.
 */
export type TNeedRule = {
  code: string;
  fieldOfAction: string;
  priority: TNeedPriority;
  when: TCondition;
  reason: TText;
};

export type TDerivedNeed = Omit<TNeedRule, "when">;

const priorityOrder: Record<TNeedPriority, number> = { high: 0, medium: 1, low: 2 };

/** The needs profile of a set of answers: every rule that holds, most urgent first. */
export function deriveNeeds(rules: readonly TNeedRule[], answers: TAnswers, today: string): TDerivedNeed[] {
  return rules
    .filter((rule) => conditionHolds(rule.when, answers, today))
    .map(({ when: _when, ...need }) => need)
    .sort((a, b) => priorityOrder[a.priority] - priorityOrder[b.priority]);
}
