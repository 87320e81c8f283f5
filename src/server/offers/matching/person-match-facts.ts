import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { TNeedPriority } from "../../../common/counselling/assessment-schemas.js";
import type { TAnswers, TText } from "../../../common/counselling/questionnaire-schemas.js";
import { personLanguages, persons } from "../../arrival/arrival-tables.js";
import { assessments, needs } from "../../counselling/assessments/assessment-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import type { TPersonFacts } from "./match-profile.js";

export type TMatchNeed = { id: string; code: string; fieldOfAction: string; priority: TNeedPriority; reason: TText };

/** A person with what matching reads: record facts, the latest completed interview's answers and open needs. */
export type TPersonMatchInput = {
  personId: string;
  municipalityAgs: string | null;
  facts: TPersonFacts;
  assessmentId: string | null;
  answers: TAnswers | null;
  needs: TMatchNeed[];
};

/** Node 20 has no Map.groupBy. */
function groupBy<TRow>(rows: readonly TRow[], keyOf: (row: TRow) => string): Map<string, TRow[]> {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const priorityOrder: Record<TNeedPriority, number> = { high: 0, medium: 1, low: 2 };

/**
 * Loads the matching input of many persons in three queries (records with their home's coordinates,
 * languages, latest completed interviews with their open needs). The caller has checked the scope.
 */
export async function loadPersonMatchInputs(
  executor: TDbExecutor,
  personIds: readonly string[],
): Promise<TPersonMatchInput[]> {
  if (personIds.length === 0) return [];
  const ids = [...personIds];
  const records = await executor
    .select({
      id: persons.id,
      municipalityAgs: persons.municipalityAgs,
      birthYear: persons.birthYear,
      birthMonth: persons.birthMonth,
      birthDay: persons.birthDay,
      sex: persons.sex,
      residenceCategory: persons.residenceCategory,
      lat: sql<number | null>`${municipalities.latitude}::float8`,
      lon: sql<number | null>`${municipalities.longitude}::float8`,
    })
    .from(persons)
    .leftJoin(municipalities, eq(municipalities.ags, persons.municipalityAgs))
    .where(inArray(persons.id, ids));
  const languages = await executor
    .select({ personId: personLanguages.personId, language: personLanguages.language, level: personLanguages.level })
    .from(personLanguages)
    .where(inArray(personLanguages.personId, ids))
    .orderBy(personLanguages.personId, personLanguages.position);
  const latest = await executor
    .selectDistinctOn([assessments.personId], {
      personId: assessments.personId,
      id: assessments.id,
      answers: assessments.answers,
    })
    .from(assessments)
    .where(and(inArray(assessments.personId, ids), eq(assessments.status, "completed")))
    .orderBy(assessments.personId, desc(assessments.completedAt));
  const openNeeds =
    latest.length === 0
      ? []
      : await executor
          .select({
            assessmentId: needs.assessmentId,
            id: needs.id,
            code: needs.code,
            fieldOfAction: needs.fieldOfAction,
            priority: needs.priority,
            reason: needs.reason,
          })
          .from(needs)
          .where(
            and(
              inArray(
                needs.assessmentId,
                latest.map((row) => row.id),
              ),
              eq(needs.status, "open"),
            ),
          );
  const languagesOf = groupBy(languages, (row) => row.personId);
  const latestOf = new Map(latest.map((row) => [row.personId, row]));
  const needsOf = groupBy(openNeeds, (row) => row.assessmentId);
  return records.map((record) => {
    const assessment = latestOf.get(record.id);
    return {
      personId: record.id,
      municipalityAgs: record.municipalityAgs,
      facts: {
        birthYear: record.birthYear,
        birthMonth: record.birthMonth,
        birthDay: record.birthDay,
        sex: record.sex,
        residenceCategory: record.residenceCategory,
        languages: languagesOf.get(record.id) ?? [],
        home: record.lat === null || record.lon === null ? null : { lat: Number(record.lat), lon: Number(record.lon) },
      },
      assessmentId: assessment?.id ?? null,
      answers: assessment?.answers ?? null,
      needs: (assessment ? (needsOf.get(assessment.id) ?? []) : [])
        .map(({ assessmentId: _assessmentId, ...need }) => need)
        .sort((a, b) => priorityOrder[a.priority] - priorityOrder[b.priority] || a.code.localeCompare(b.code)),
    };
  });
}
