import { and, inArray, isNull } from "drizzle-orm";
import type { TConceptPeriod, TConceptSubGoal } from "../../../common/steering/concept-view-schemas.js";
import type {
  TIndicatorTable,
  TPeriodIndicators,
  TSubGoalIndicator,
} from "../../../common/steering/indicator-schemas.js";
import { indicatorDefinitions } from "../../../common/steering/indicators.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { conceptIndicatorValues } from "../indicator-values/indicator-value-tables.js";
import { readRefreshedAt } from "./aggregate-refreshes.js";
import { readIndicatorTables, type TIndicatorReader } from "./indicator-table.js";

type TManualValue = { subGoalId: string; year: number; value: number; source: string };

/** The district-wide values entered by hand for whole years of the sub-goals. */
async function readManualValues(db: TDbExecutor, subGoalIds: string[]): Promise<TManualValue[]> {
  if (subGoalIds.length === 0) return [];
  return db
    .select({
      subGoalId: conceptIndicatorValues.subGoalId,
      year: conceptIndicatorValues.year,
      value: conceptIndicatorValues.value,
      source: conceptIndicatorValues.source,
    })
    .from(conceptIndicatorValues)
    .where(
      and(
        inArray(conceptIndicatorValues.subGoalId, subGoalIds),
        isNull(conceptIndicatorValues.month),
        isNull(conceptIndicatorValues.municipalUnitKey),
      ),
    );
}

/**
 * Every sub-goal of a period with its indicator per year of the period, beside its baseline and
 * targets: a computed indicator district-wide by calendar year (for an indicator by field of action,
 * the sub-goal's own field), suppressed as every table is; otherwise the values entered by hand for
 * the whole district and year, with their source.
 */
export async function readPeriodIndicators(
  db: TDbExecutor,
  reader: TIndicatorReader,
  period: TConceptPeriod,
): Promise<TPeriodIndicators> {
  const refreshedAt = await readRefreshedAt(db);
  const entries = period.statements.flatMap((statement) =>
    statement.subGoals.map((subGoal) => ({ subGoal, field: statement.fieldOfActionCode })),
  );
  const query = {
    from: `${period.startYear}-01`,
    to: `${period.endYear}-12`,
    granularity: "year" as const,
    rows: "period" as const,
    columns: "none" as const,
  };
  const computed = new Map<string, TIndicatorTable>();
  for (const { subGoal, field } of entries) {
    if (!subGoal.indicatorKey) continue;
    const byField = indicatorDefinitions[subGoal.indicatorKey].dimension === "field_of_action";
    const lookup = `${subGoal.indicatorKey}/${byField ? field : ""}`;
    if (computed.has(lookup)) continue;
    const [table] = await readIndicatorTables(
      db,
      reader,
      [subGoal.indicatorKey],
      byField ? { ...query, dimension: field } : query,
      refreshedAt,
    );
    if (table) computed.set(lookup, table);
  }
  const manual = await readManualValues(
    db,
    entries.filter(({ subGoal }) => !subGoal.indicatorKey).map(({ subGoal }) => subGoal.id),
  );
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, index) => period.startYear + index);
  const subGoals = entries.map(({ subGoal, field }): TSubGoalIndicator => {
    const targetOf = (year: number) => subGoal.targets.find((target) => target.year === year)?.value ?? null;
    const base = describe(subGoal, field);
    if (subGoal.indicatorKey) {
      const byField = indicatorDefinitions[subGoal.indicatorKey].dimension === "field_of_action";
      const table = computed.get(`${subGoal.indicatorKey}/${byField ? field : ""}`);
      return {
        ...base,
        source: "computed",
        years: years.map((year) => {
          const cell = table?.rows.find((row) => row.key === `${year}-01`)?.total;
          return {
            year,
            value: cell?.value ?? null,
            suppressed: cell?.suppressed ?? false,
            target: targetOf(year),
            source: null,
          };
        }),
      };
    }
    const own = manual.filter((value) => value.subGoalId === subGoal.id);
    return {
      ...base,
      source: own.length > 0 ? "manual" : "none",
      years: years.map((year) => {
        const entered = own.find((value) => value.year === year);
        return {
          year,
          value: entered?.value ?? null,
          suppressed: false,
          target: targetOf(year),
          source: entered?.source ?? null,
        };
      }),
    };
  });
  return { periodId: period.id, refreshedAt, subGoals };
}

function describe(subGoal: TConceptSubGoal, field: string) {
  return {
    subGoalId: subGoal.id,
    fieldOfActionCode: field,
    number: subGoal.number,
    title: subGoal.title,
    indicatorDescription: subGoal.indicatorDescription,
    indicatorUnit: subGoal.indicatorUnit,
    indicatorKey: subGoal.indicatorKey,
    baseline: subGoal.baseline,
  };
}
