import type { TConceptPeriod } from "../../common/steering/concept-view-schemas.js";
import type { TFieldOfAction } from "../platform/reference-data/reference-queries.js";

/** How to name the parts: field of action, sub-goal and measure with their numbers. */
export type TPartNamers = {
  fieldOfAction: (field: TFieldOfAction) => string;
  subGoal: (code: string, title: string) => string;
  measure: (code: string, title: string) => string;
};

/** Each part of the period by id, named with its numbers ("Teilziel 2.1: …"), for the history. */
export function namePartsOf(period: TConceptPeriod, fields: TFieldOfAction[], namers: TPartNamers) {
  const names = new Map<string, string>([[period.id, period.name]]);
  for (const statement of period.statements) {
    const field = fields.find((candidate) => candidate.code === statement.fieldOfActionCode);
    const position = field?.position ?? "?";
    names.set(statement.id, field ? namers.fieldOfAction(field) : statement.fieldOfActionCode);
    for (const subGoal of statement.subGoals) {
      const subGoalCode = `${position}.${subGoal.number}`;
      names.set(subGoal.id, namers.subGoal(subGoalCode, subGoal.title));
      for (const measure of subGoal.measures) {
        names.set(measure.id, namers.measure(`${subGoalCode}.${measure.number}`, measure.title));
      }
    }
  }
  return names;
}
