import { and, eq, inArray, ne } from "drizzle-orm";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TConceptBaseline, TConceptTarget } from "../../../common/steering/concept-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { fieldsOfAction, municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";
import { conceptMeasures, conceptSubGoals } from "./concept-tables.js";

/** The rules of the concept that need the database: references, numbers, the period's years. */

export type TViolation = { pointer: string; code: TFieldMessageCode };

export function throwViolations(violations: TViolation[]): void {
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}

export async function checkFieldOfAction(db: TDbExecutor, code: string): Promise<TViolation[]> {
  const [row] = await db
    .select({ code: fieldsOfAction.code })
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.code, code));
  return row ? [] : [{ pointer: "/body/fieldOfActionCode", code: "field_of_action_unknown" }];
}

/** Responsible and partner organisations must be organisations of the period's district. */
export async function checkOrganisations(
  db: TDbExecutor,
  districtAgs: string,
  references: { responsibleOrganisationId: string | null; partnerOrganisationIds?: string[] },
): Promise<TViolation[]> {
  const partners = references.partnerOrganisationIds ?? [];
  const ids = [...new Set([references.responsibleOrganisationId, ...partners].filter((id) => id !== null))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, ids), eq(organisations.districtAgs, districtAgs)));
  const known = new Set(rows.map((row) => row.id));
  const violations: TViolation[] = [];
  const { responsibleOrganisationId } = references;
  if (responsibleOrganisationId !== null && !known.has(responsibleOrganisationId)) {
    violations.push({ pointer: "/body/responsibleOrganisationId", code: "concept_organisation_unknown" });
  }
  partners.forEach((id, index) => {
    if (!known.has(id)) {
      violations.push({ pointer: `/body/partnerOrganisationIds/${index}`, code: "concept_organisation_unknown" });
    }
  });
  return violations;
}

export async function checkMunicipalities(
  db: TDbExecutor,
  districtAgs: string,
  agsList: string[],
): Promise<TViolation[]> {
  if (agsList.length === 0) return [];
  const rows = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .innerJoin(municipalUnits, eq(municipalUnits.key, municipalities.municipalUnitKey))
    .where(and(inArray(municipalities.ags, agsList), eq(municipalUnits.districtAgs, districtAgs)));
  const known = new Set(rows.map((row) => row.ags));
  return agsList.flatMap((ags, index) =>
    known.has(ags)
      ? []
      : [{ pointer: `/body/municipalityAgs/${index}`, code: "concept_municipality_unknown" as const }],
  );
}

/** Targets lie in the period's years; the baseline comes from before its end (usually before its start). */
export function checkYears(
  period: { startYear: number; endYear: number },
  subGoal: { baseline: TConceptBaseline | null; targets: TConceptTarget[] },
): TViolation[] {
  const violations: TViolation[] = [];
  if (subGoal.baseline !== null && subGoal.baseline.year > period.endYear) {
    violations.push({ pointer: "/body/baseline/year", code: "concept_baseline_after_period" });
  }
  subGoal.targets.forEach((target, index) => {
    if (target.year < period.startYear || target.year > period.endYear) {
      violations.push({ pointer: `/body/targets/${index}/year`, code: "concept_target_year_outside_period" });
    }
  });
  return violations;
}

/** A sub-goal's number is unique in its statement (apart from the sub-goal itself). */
export async function checkSubGoalNumber(
  db: TDbExecutor,
  statementId: string,
  number: number,
  ownId?: string,
): Promise<TViolation[]> {
  const [row] = await db
    .select({ id: conceptSubGoals.id })
    .from(conceptSubGoals)
    .where(
      and(
        eq(conceptSubGoals.statementId, statementId),
        eq(conceptSubGoals.number, number),
        ownId ? ne(conceptSubGoals.id, ownId) : undefined,
      ),
    );
  return row ? [{ pointer: "/body/number", code: "concept_number_taken" }] : [];
}

/** A measure's number is unique in its sub-goal (apart from the measure itself). */
export async function checkMeasureNumber(
  db: TDbExecutor,
  subGoalId: string,
  number: number,
  ownId?: string,
): Promise<TViolation[]> {
  const [row] = await db
    .select({ id: conceptMeasures.id })
    .from(conceptMeasures)
    .where(
      and(
        eq(conceptMeasures.subGoalId, subGoalId),
        eq(conceptMeasures.number, number),
        ownId ? ne(conceptMeasures.id, ownId) : undefined,
      ),
    );
  return row ? [{ pointer: "/body/number", code: "concept_number_taken" }] : [];
}
