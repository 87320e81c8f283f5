import { and, desc, eq, ne, or, type SQL, sql } from "drizzle-orm";
import type { TDuplicateCandidates, TDuplicateQuery } from "../../../common/arrival/duplicate-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { personNames, persons } from "../arrival-tables.js";
import { isLikelyDuplicate, scoreCandidate, type TDuplicateProbe } from "./candidate-score.js";
import { normaliseName } from "./name-normalisation.js";
import { personSearchKeys } from "./person-search-keys.js";

/** Rows fetched by the indexes and ranked cheaply in SQL before every one is scored in full. */
const retrievedRows = 100;
/** Below this a candidate is noise: the name alone is only vaguely alike and nothing else agrees. */
const minimumScore = 30;
const shownCandidates = 10;

/**
 * The likely existing records of a person, best first (docs/duplicates.md). Two steps:
 * 1. SQL, by index (buildRetrievalCondition); ranked by name keys in common, birth year and
 *    family-name similarity, at most 200 rows;
 * 2. each of those scored with every spelling by `scoreCandidate`, the ten best above the minimum kept.
 * `scope` is the actor's person scope for listing: nobody learns of records they may not see.
 */
export async function findDuplicateCandidates(
  executor: TDbExecutor,
  query: TDuplicateQuery,
  scope: SQL,
): Promise<TDuplicateCandidates> {
  const keys = personSearchKeys([query]);
  const familyNormalised = normaliseName(query.familyName);
  const probe: TDuplicateProbe = {
    names: [{ givenName: query.givenName, familyName: query.familyName }],
    birth: { year: query.birthYear ?? null, month: query.birthMonth ?? null, day: query.birthDay ?? null },
    sex: query.sex ?? "not_stated",
  };
  const retrieval = buildRetrievalCondition(keys.givenKeys, keys.familyKeys, query.birthYear);
  if (retrieval === undefined) return { candidates: [] };
  const rank = sql`(${persons.givenKeys} && ${sql.param(keys.givenKeys)}::text[])::int * 2
    + (${persons.familyKeys} && ${sql.param(keys.familyKeys)}::text[])::int * 2
    + (${persons.birthYear} is not distinct from ${query.birthYear ?? null}::smallint)::int
    + similarity(${persons.familyNormalised}, ${familyNormalised})`;
  const personId = sql`${sql.identifier("persons")}.${sql.identifier("id")}`;
  const rows = await executor
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      birthYear: persons.birthYear,
      birthMonth: persons.birthMonth,
      birthDay: persons.birthDay,
      sex: persons.sex,
      municipalityAgs: persons.municipalityAgs,
      otherNames: sql<{ givenName: string; familyName: string }[]>`coalesce((
        select json_agg(json_build_object('givenName', ${personNames.givenName}, 'familyName', ${personNames.familyName})
          order by ${personNames.position})
        from ${personNames} where ${personNames.personId} = ${personId}), '[]'::json)`,
    })
    .from(persons)
    .where(and(retrieval, scope, query.excludeId ? ne(persons.id, query.excludeId) : undefined))
    .orderBy(desc(rank))
    .limit(retrievedRows);

  const scored = rows.map((row) => {
    const { score, reasons } = scoreCandidate(probe, {
      names: [{ givenName: row.givenName, familyName: row.familyName }, ...row.otherNames],
      birth: { year: row.birthYear, month: row.birthMonth, day: row.birthDay },
      sex: row.sex,
    });
    const { sex: _sex, ...candidate } = row;
    return { ...candidate, score: Math.round(score), isLikelyDuplicate: isLikelyDuplicate(score), reasons };
  });
  return {
    candidates: scored
      .filter((candidate) => candidate.score >= minimumScore)
      .sort((a, b) => b.score - a.score || a.familyName.localeCompare(b.familyName))
      .slice(0, shownCandidates),
  };
}

const overlaps = (column: typeof persons.givenKeys | typeof persons.familyKeys, keys: string[]) =>
  sql`${column} && ${sql.param(keys)}::text[]`;

/**
 * Which persons to look at, each branch served by indexes (GIN on both key columns, b-tree on the
 * birth year), so that a common family name does not fetch thousands of rows: the family name
 * meets and so do the given name or the birth year (a given name spelt beyond recognition, or
 * missing); or the names meet swapped; or the given name and the birth year meet (a family name
 * spelt beyond recognition). A query with one name part only looks at every bearer of it.
 */
function buildRetrievalCondition(given: string[], family: string[], birthYear: number | undefined): SQL | undefined {
  const sameYear = birthYear === undefined ? undefined : eq(persons.birthYear, birthYear);
  if (given.length === 0 || family.length === 0) {
    const only = given.length > 0 ? given : family;
    return only.length === 0 ? undefined : overlaps(persons.familyKeys, only);
  }
  const givenMeets = overlaps(persons.givenKeys, given);
  return or(
    and(overlaps(persons.familyKeys, family), sameYear ? or(givenMeets, sameYear) : givenMeets),
    and(overlaps(persons.familyKeys, given), overlaps(persons.givenKeys, family)),
    sameYear ? and(givenMeets, sameYear) : undefined,
  );
}
