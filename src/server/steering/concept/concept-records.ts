import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type {
  TConceptMeasure,
  TConceptPeriod,
  TConceptPeriodSummary,
  TConceptStatement,
  TConceptSubGoal,
} from "../../../common/steering/concept-view-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";
import type { TConceptCaller } from "./concept-caller.js";
import {
  conceptMeasureMunicipalities,
  conceptMeasurePartners,
  conceptMeasures,
  conceptPeriods,
  conceptStatements,
  conceptSubGoals,
} from "./concept-tables.js";

/** The concept's parts as the API returns them, each loaded for many parents in one statement per level. */

function groupBy<TItem>(items: TItem[], key: (item: TItem) => string): Map<string, TItem[]> {
  const groups = new Map<string, TItem[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function organisationRef(id: string | null, name: string | null) {
  return id === null || name === null ? null : { id, name };
}

async function loadMeasures(db: TDbExecutor, where: SQL): Promise<TConceptMeasure[]> {
  const rows = await db
    .select({ measure: conceptMeasures, responsibleName: organisations.name })
    .from(conceptMeasures)
    .leftJoin(organisations, eq(organisations.id, conceptMeasures.responsibleOrganisationId))
    .where(where)
    .orderBy(asc(conceptMeasures.number));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.measure.id);
  const [partners, places] = await Promise.all([
    db
      .select({ measureId: conceptMeasurePartners.measureId, id: organisations.id, name: organisations.name })
      .from(conceptMeasurePartners)
      .innerJoin(organisations, eq(organisations.id, conceptMeasurePartners.organisationId))
      .where(inArray(conceptMeasurePartners.measureId, ids))
      .orderBy(asc(conceptMeasurePartners.position)),
    db
      .select()
      .from(conceptMeasureMunicipalities)
      .where(inArray(conceptMeasureMunicipalities.measureId, ids))
      .orderBy(asc(conceptMeasureMunicipalities.municipalityAgs)),
  ]);
  const partnersOf = groupBy(partners, (partner) => partner.measureId);
  const placesOf = groupBy(places, (place) => place.measureId);
  return rows.map(({ measure, responsibleName }) => ({
    id: measure.id,
    subGoalId: measure.subGoalId,
    number: measure.number,
    title: measure.title,
    description: measure.description,
    responsibleOrganisation: organisationRef(measure.responsibleOrganisationId, responsibleName),
    partnerOrganisations: (partnersOf.get(measure.id) ?? []).map(({ id, name }) => ({ id, name })),
    otherPartners: measure.otherPartners,
    municipalityAgs: (placesOf.get(measure.id) ?? []).map((place) => place.municipalityAgs),
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    status: measure.status,
    budgetEur: measure.budgetEur,
    progressNotes: measure.progressNotes,
    version: measure.version,
    updatedAt: measure.updatedAt.toISOString(),
  }));
}

async function loadSubGoals(db: TDbExecutor, where: SQL): Promise<TConceptSubGoal[]> {
  const rows = await db
    .select({ subGoal: conceptSubGoals, responsibleName: organisations.name })
    .from(conceptSubGoals)
    .leftJoin(organisations, eq(organisations.id, conceptSubGoals.responsibleOrganisationId))
    .where(where)
    .orderBy(asc(conceptSubGoals.number));
  if (rows.length === 0) return [];
  const measures = groupBy(
    await loadMeasures(
      db,
      inArray(
        conceptMeasures.subGoalId,
        rows.map((row) => row.subGoal.id),
      ),
    ),
    (measure) => measure.subGoalId,
  );
  return rows.map(({ subGoal, responsibleName }) => ({
    id: subGoal.id,
    statementId: subGoal.statementId,
    number: subGoal.number,
    title: subGoal.title,
    indicatorDescription: subGoal.indicatorDescription,
    indicatorKey: subGoal.indicatorKey,
    indicatorUnit: subGoal.indicatorUnit,
    baseline:
      subGoal.baselineValue === null || subGoal.baselineYear === null
        ? null
        : { value: subGoal.baselineValue, year: subGoal.baselineYear, source: subGoal.baselineSource },
    targets: subGoal.targets,
    responsibleOrganisation: organisationRef(subGoal.responsibleOrganisationId, responsibleName),
    measures: measures.get(subGoal.id) ?? [],
    version: subGoal.version,
    updatedAt: subGoal.updatedAt.toISOString(),
  }));
}

async function loadStatements(db: TDbExecutor, where: SQL): Promise<TConceptStatement[]> {
  const rows = await db
    .select({ statement: conceptStatements })
    .from(conceptStatements)
    .innerJoin(fieldsOfAction, eq(fieldsOfAction.code, conceptStatements.fieldOfActionCode))
    .where(where)
    .orderBy(asc(fieldsOfAction.position));
  if (rows.length === 0) return [];
  const subGoals = groupBy(
    await loadSubGoals(
      db,
      inArray(
        conceptSubGoals.statementId,
        rows.map((row) => row.statement.id),
      ),
    ),
    (subGoal) => subGoal.statementId,
  );
  return rows.map(({ statement }) => ({
    id: statement.id,
    periodId: statement.periodId,
    fieldOfActionCode: statement.fieldOfActionCode,
    guidingPrinciple: statement.guidingPrinciple,
    challenges: statement.challenges,
    subGoals: subGoals.get(statement.id) ?? [],
    version: statement.version,
    updatedAt: statement.updatedAt.toISOString(),
  }));
}

/** The periods the action reaches, by first year. */
export async function loadPeriodSummaries(
  db: TDbExecutor,
  caller: TConceptCaller,
  action: "list" | "read",
  where?: SQL,
): Promise<TConceptPeriodSummary[]> {
  const rows = await db
    .select({ period: conceptPeriods, updatedByName: users.displayName })
    .from(conceptPeriods)
    .leftJoin(users, eq(users.id, conceptPeriods.updatedBy))
    .where(and(caller.reach(action, conceptPeriods.districtAgs), where))
    .orderBy(asc(conceptPeriods.startYear), asc(conceptPeriods.createdAt));
  return rows.map(({ period, updatedByName }) => ({
    id: period.id,
    name: period.name,
    startYear: period.startYear,
    endYear: period.endYear,
    status: period.status,
    createdAt: period.createdAt.toISOString(),
    updatedByName,
    version: period.version,
    updatedAt: period.updatedAt.toISOString(),
  }));
}

/** The whole period with its parts; outside the caller's reach, 404. */
export async function readPeriod(db: TDbExecutor, caller: TConceptCaller, id: string): Promise<TConceptPeriod> {
  const [summary] = await loadPeriodSummaries(db, caller, "read", eq(conceptPeriods.id, id));
  if (!summary) throw new HttpProblem(404, "notFound");
  const statements = await loadStatements(db, eq(conceptStatements.periodId, id));
  return { ...summary, statements, allowedActions: caller.allowedActions };
}

function onlyOne<TPart>([part]: TPart[]): TPart {
  if (!part) throw new HttpProblem(404, "notFound");
  return part;
}

/** One part by id, which the caller has already found in reach (concept-rows.ts). */
export async function readStatement(db: TDbExecutor, id: string): Promise<TConceptStatement> {
  return onlyOne(await loadStatements(db, eq(conceptStatements.id, id)));
}

export async function readSubGoal(db: TDbExecutor, id: string): Promise<TConceptSubGoal> {
  return onlyOne(await loadSubGoals(db, eq(conceptSubGoals.id, id)));
}

export async function readMeasure(db: TDbExecutor, id: string): Promise<TConceptMeasure> {
  return onlyOne(await loadMeasures(db, eq(conceptMeasures.id, id)));
}
