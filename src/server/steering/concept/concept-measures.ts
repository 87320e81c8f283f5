import { isDeepStrictEqual } from "node:util";
import { eq, max, sql } from "drizzle-orm";
import type { TConceptMeasureInput, TConceptMeasureUpdate } from "../../../common/steering/concept-schemas.js";
import type { TConceptMeasure } from "../../../common/steering/concept-view-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TConceptCaller } from "./concept-caller.js";
import { recordConceptChange } from "./concept-history.js";
import { readMeasure } from "./concept-records.js";
import { checkMeasureNumber, checkMunicipalities, checkOrganisations, throwViolations } from "./concept-references.js";
import { findMeasureRow, findSubGoalRow, type TPeriodRow } from "./concept-rows.js";
import { conceptMeasureMunicipalities, conceptMeasurePartners, conceptMeasures } from "./concept-tables.js";

export type TMeasureFields = Omit<TConceptMeasureUpdate, "version">;

/** What the history keeps of a measure: its fields as entered, municipalities in AGS order. */
function snapshotOf(fields: TMeasureFields) {
  return { ...fields, municipalityAgs: [...fields.municipalityAgs].sort() };
}

export function measureFieldsOf(measure: TConceptMeasure): TMeasureFields {
  return {
    number: measure.number,
    title: measure.title,
    description: measure.description,
    responsibleOrganisationId: measure.responsibleOrganisation?.id ?? null,
    partnerOrganisationIds: measure.partnerOrganisations.map((partner) => partner.id),
    otherPartners: measure.otherPartners,
    municipalityAgs: measure.municipalityAgs,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    status: measure.status,
    budgetEur: measure.budgetEur,
    progressNotes: measure.progressNotes,
  };
}

async function checkMeasure(
  tx: TDbExecutor,
  period: TPeriodRow,
  subGoalId: string,
  fields: TMeasureFields,
  ownId?: string,
) {
  throwViolations([
    ...(await checkMeasureNumber(tx, subGoalId, fields.number, ownId)),
    ...(await checkOrganisations(tx, period.districtAgs, fields)),
    ...(await checkMunicipalities(tx, period.districtAgs, fields.municipalityAgs)),
  ]);
}

async function replaceLists(tx: TDbExecutor, measureId: string, fields: TMeasureFields) {
  await tx.delete(conceptMeasurePartners).where(eq(conceptMeasurePartners.measureId, measureId));
  await tx.delete(conceptMeasureMunicipalities).where(eq(conceptMeasureMunicipalities.measureId, measureId));
  if (fields.partnerOrganisationIds.length > 0) {
    await tx
      .insert(conceptMeasurePartners)
      .values(
        fields.partnerOrganisationIds.map((organisationId, position) => ({ measureId, organisationId, position })),
      );
  }
  if (fields.municipalityAgs.length > 0) {
    await tx
      .insert(conceptMeasureMunicipalities)
      .values(fields.municipalityAgs.map((municipalityAgs) => ({ measureId, municipalityAgs })));
  }
}

function toColumns({
  partnerOrganisationIds: _partners,
  municipalityAgs: _municipalities,
  ...columns
}: TMeasureFields) {
  return columns;
}

async function nextNumber(tx: TDbExecutor, subGoalId: string): Promise<number> {
  const [row] = await tx
    .select({ highest: max(conceptMeasures.number) })
    .from(conceptMeasures)
    .where(eq(conceptMeasures.subGoalId, subGoalId));
  return (row?.highest ?? 0) + 1;
}

/** Whether the fields are those the measure has already (an import then leaves it alone). */
export function isMeasureUnchanged(measure: TConceptMeasure, fields: TMeasureFields): boolean {
  return isDeepStrictEqual(snapshotOf(measureFieldsOf(measure)), snapshotOf(fields));
}

/** Inserts a checked measure towards a sub-goal of the locked period and records the addition; its new id. */
export async function insertMeasure(
  tx: TDbExecutor,
  caller: TConceptCaller,
  periodId: string,
  subGoalId: string,
  fields: TMeasureFields,
): Promise<string> {
  const [row] = await tx
    .insert(conceptMeasures)
    .values({ ...toColumns(fields), subGoalId, createdBy: caller.userId, updatedBy: caller.userId })
    .returning({ id: conceptMeasures.id });
  if (!row) throw new Error("concept measure not created");
  await replaceLists(tx, row.id, fields);
  await recordConceptChange(tx, caller, {
    periodId,
    part: "measure",
    subjectId: row.id,
    before: null,
    after: snapshotOf(fields),
  });
  return row.id;
}

/** Writes a checked measure's new fields (its period locked, the version checked) and records the change. */
export async function writeMeasureChange(
  tx: TDbExecutor,
  caller: TConceptCaller,
  periodId: string,
  before: TConceptMeasure,
  fields: TMeasureFields,
): Promise<void> {
  await tx
    .update(conceptMeasures)
    .set({
      ...toColumns(fields),
      version: sql`${conceptMeasures.version} + 1`,
      updatedAt: sql`now()`,
      updatedBy: caller.userId,
    })
    .where(eq(conceptMeasures.id, before.id));
  await replaceLists(tx, before.id, fields);
  await recordConceptChange(tx, caller, {
    periodId,
    part: "measure",
    subjectId: before.id,
    before: snapshotOf(measureFieldsOf(before)),
    after: snapshotOf(fields),
  });
}

/** A measure towards a sub-goal; without a number it takes the next one. */
export function addMeasure(
  db: TDb,
  caller: TConceptCaller,
  subGoalId: string,
  { number, ...input }: TConceptMeasureInput,
): Promise<TConceptMeasure> {
  return db.transaction(async (tx) => {
    const { period } = await findSubGoalRow(tx, caller, subGoalId, "update", { isWrite: true });
    const fields = { ...input, number: number ?? (await nextNumber(tx, subGoalId)) };
    await checkMeasure(tx, period, subGoalId, fields);
    return readMeasure(tx, await insertMeasure(tx, caller, period.id, subGoalId, fields));
  });
}

export function updateMeasure(
  db: TDb,
  caller: TConceptCaller,
  id: string,
  { version, ...fields }: TConceptMeasureUpdate,
): Promise<TConceptMeasure> {
  return db.transaction(async (tx) => {
    const { measure, period } = await findMeasureRow(tx, caller, id, "update", { isWrite: true });
    if (measure.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    await checkMeasure(tx, period, measure.subGoalId, fields, id);
    await writeMeasureChange(tx, caller, period.id, await readMeasure(tx, id), fields);
    return readMeasure(tx, id);
  });
}

export async function deleteMeasure(db: TDb, caller: TConceptCaller, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { measure, period } = await findMeasureRow(tx, caller, id, "delete", { isWrite: true });
    if (measure.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    const before = measureFieldsOf(await readMeasure(tx, id));
    await tx.delete(conceptMeasures).where(eq(conceptMeasures.id, id));
    await recordConceptChange(tx, caller, {
      periodId: period.id,
      part: "measure",
      subjectId: id,
      before: snapshotOf(before),
      after: null,
    });
  });
}

export async function getMeasure(db: TDb, caller: TConceptCaller, id: string): Promise<TConceptMeasure> {
  await findMeasureRow(db, caller, id, "read");
  return readMeasure(db, id);
}
