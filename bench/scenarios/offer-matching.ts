import type { Pool } from "pg";
import { todayInBerlin } from "../../src/common/arrival/person-input-schemas.js";
import { offerCategories } from "../../src/common/offers/offer.js";
import { loadCandidateOffers } from "../../src/server/offers/matching/candidate-offers.js";
import { matchPersonBatch } from "../../src/server/offers/matching/match-all-persons.js";
import { buildMatchProfile } from "../../src/server/offers/matching/match-profile.js";
import { rankOffers } from "../../src/server/offers/matching/rank-offers.js";
import type { TScenario } from "../lib/scenario.js";

const offerCount = Number(process.env.BENCH_MATCH_OFFERS ?? 10_000);
const batchPersons = Number(process.env.BENCH_MATCH_PERSONS ?? 1_000);
const BENCH_MARK = "bench-matching";

/** Published offers copied from the demo offers (round robin) until the directory holds `count` of the bench's own. */
async function generateOffers(pool: Pool, count: number): Promise<void> {
  await pool.query(
    `with source as (
       select o.*, row_number() over (order by o.id) as position from offers o where o.status = 'published'
     ), generated as (
       select g.n, s.* from generate_series(1, $1::int) as g(n)
       join source s on s.position = (g.n % (select count(*) from source)) + 1
     ), inserted as (
       insert into offers (provider_id, status, category, fields_of_action, course_type, cefr_from, cefr_to, languages,
         municipality_ags, is_online, latitude, longitude, capacity, free_places, has_childcare, is_barrier_free,
         starts_on, time_slots, contact_name, published_at)
       select provider_id, 'published', category, fields_of_action, course_type, cefr_from, cefr_to, languages,
         municipality_ags, is_online, null, null, capacity, free_places, has_childcare, is_barrier_free, starts_on,
         case n % 4 when 0 then '{mornings}'::text[] when 1 then '{afternoons}'::text[]
           when 2 then '{evenings}'::text[] else '{mornings,afternoons}'::text[] end,
         $2, now()
       from generated
       returning id, category
     )
     insert into offer_translations (offer_id, language, title, description)
     select id, 'de', 'Bench ' || category, '<p>Bench</p>' from inserted`,
    [count, BENCH_MARK],
  );
}

/** Gives `count` demo persons a completed first interview with three open needs (language, Kita, work). */
async function generateInterviews(pool: Pool, count: number): Promise<string[]> {
  const result = await pool.query<{ person_id: string }>(
    `with picked as (
       select id from persons where status <> 'merged' order by id limit $1
     ), interviewed as (
       insert into assessments (person_id, questionnaire_key, questionnaire_version, source, status, answers,
         completed_at, current_section_id)
       select id, 'first-interview', 1, 'interview', 'completed',
         '{"german_level":"A1","mobility":["bus_train"],"max_travel_km":25,"available_times":["mornings","afternoons"],"childcare_constraint":true}'::jsonb,
         now() + interval '1 minute', $2
       from picked
       returning id, person_id
     ), added as (
       insert into needs (person_id, assessment_id, field_of_action, code, priority, reason)
       select i.person_id, i.id, n.field, n.code, 'high', '{"de":"Bench","en":"Bench"}'::jsonb
       from interviewed i cross join (values ('sprache', 'integration_course'), ('bildung', 'kita_place'),
         ('arbeit', 'job_counselling')) as n(field, code)
       returning person_id
     )
     select distinct person_id from added`,
    [count, BENCH_MARK],
  );
  return result.rows.map((row) => row.person_id);
}

const plainOffers = `select o.id, o.category, o.municipality_ags, o.free_places, t.title
  from offers o join offer_translations t on t.offer_id = o.id and t.language = 'de'
  where o.status = 'published' and o.category = any($1)`;

/**
 * Matching (issue 6: ranking 10,000 offers for one person p95 < 20 ms): the ranking with a reason per
 * criterion over `offerCount` published offers held in memory, for one person with an integration
 * course need, against the plain filtered query that only fetches those offers.
 */
export const offerRankingScenario: TScenario = {
  name: "offer-ranking",
  description: `rank ${offerCount.toLocaleString("en")} offers for one person (score + reasons, top 10) vs the plain filtered query of them`,
  connections: 1,
  async setUp({ server }) {
    const { db, pool } = server.database;
    await generateOffers(pool, offerCount);
    const today = todayInBerlin();
    const candidates = (await loadCandidateOffers(db, offerCategories, today)).slice(0, offerCount);
    const profile = buildMatchProfile(
      {
        birthYear: 1990,
        birthMonth: null,
        birthDay: null,
        sex: "female",
        residenceCategory: "voruebergehender_schutz",
        languages: [{ language: "uk", level: "native" }],
        home: { lat: 52.4089, lon: 7.9728 },
      },
      { german_level: "A1", mobility: ["bus_train"], max_travel_km: 25, available_times: ["mornings"] },
      today,
    );
    const direct = await pool.query(plainOffers, [offerCategories]);
    const ranked = rankOffers(profile, candidates, { limit: 10, includeExcluded: false });
    if (candidates.length < offerCount || direct.rowCount === null || direct.rowCount < offerCount) {
      throw new Error(`offer-ranking needs ${offerCount} offers, has ${candidates.length}`);
    }
    if (ranked.matches.length === 0) throw new Error("offer-ranking found no offer at all");
    return {
      subject: {
        label: `rankOffers over ${candidates.length} offers`,
        workload: {
          kind: "call",
          call: async () => rankOffers(profile, candidates, { limit: 10, includeExcluded: false }),
        },
      },
      baseline: {
        label: `plain filtered query (${direct.rowCount} rows)`,
        workload: { kind: "call", call: () => pool.query(plainOffers, [offerCategories]) },
      },
      tearDown: async () => {
        await pool.query("delete from offers where contact_name = $1", [BENCH_MARK]);
      },
    };
  },
};

/**
 * The batch (issue 6: 1,000 persons in one batch < 5 s): the daily job's path — the persons' records,
 * interviews and needs, every published offer, a ranking per need, unmet needs written — against the
 * plain filtered queries of the same persons' needs and the offers of their categories.
 */
export const offerMatchingBatchScenario: TScenario = {
  name: "offer-matching-batch",
  description: `match ${batchPersons.toLocaleString("en")} persons × 3 needs in one batch against ${offerCount.toLocaleString("en")} offers vs plain filtered queries`,
  connections: 1,
  async setUp({ server }) {
    const { db, pool } = server.database;
    await generateOffers(pool, offerCount);
    const personIds = await generateInterviews(pool, batchPersons);
    if (personIds.length < batchPersons) throw new Error(`offer-matching-batch needs ${batchPersons} persons`);
    const today = todayInBerlin();
    const plainNeeds = `select n.person_id, n.code from needs n where n.person_id = any($1::uuid[]) and n.status = 'open'`;
    const baseline = async () => {
      await pool.query(plainNeeds, [personIds]);
      return pool.query(plainOffers, [offerCategories]);
    };
    const first = await matchPersonBatch(db, personIds, today);
    if (first.persons !== personIds.length) throw new Error("offer-matching-batch did not match every person");
    return {
      subject: {
        label: `matchPersonBatch(${personIds.length})`,
        workload: { kind: "call", call: () => matchPersonBatch(db, personIds, today) },
      },
      baseline: { label: "needs + offers, plain queries", workload: { kind: "call", call: baseline } },
      tearDown: async () => {
        await pool.query("delete from unmet_needs where person_id = any($1::uuid[])", [personIds]);
        await pool.query(
          "delete from needs where assessment_id in (select id from assessments where current_section_id = $1)",
          [BENCH_MARK],
        );
        await pool.query("delete from assessments where current_section_id = $1", [BENCH_MARK]);
        await pool.query("delete from offers where contact_name = $1", [BENCH_MARK]);
      },
    };
  },
};
