import type { Pool } from "pg";

/** A stable number from 0 to 2^28 − 1 per row and salt, so the same seed data gives the same events. */
const hash = (column: string, salt: string) =>
  `(('x' || substr(md5(${column}::text || '${salt}'), 1, 7))::bit(28)::int)`;

const fields = ["aufenthalt", "wohnen", "sprache", "bildung", "arbeit", "gesundheit", "teilhabe", "zivilgesellschaft"];
const reasons = ["goals_reached", "no_longer_needed", "moved_away", "no_contact", "declined_by_person", "other"];
const pick = (list: string[], expression: string) =>
  `(array[${list.map((item) => `'${item}'`).join(", ")}])[1 + ${expression} % ${list.length}]`;

/**
 * The case events steering counts, generated for the demo persons in SQL: arrival and first contact
 * dates over 2022–2026, a completed first interview for four in five with two open needs (a quarter
 * of them unmet), a case with its status changes (two in five closed for a reason) and two referrals
 * to demo offers with their events (sent; answered: accepted or declined; started). Returns how many
 * rows each table got; on a reused database that already holds them, how many rows each table has.
 */
export async function generateSteeringEvents(pool: Pool): Promise<Record<string, number>> {
  if (await hasSteeringEvents(pool)) return countSteeringEvents(pool);
  const counts: Record<string, number> = {};
  const run = async (name: string, statement: string) => {
    const result = await pool.query(statement);
    counts[name] = (counts[name] ?? 0) + (result.rowCount ?? 0);
  };
  await run(
    "persons",
    `update persons set arrived_in_municipality_on = date '2022-01-01' + ${hash("id", "arrival")} % 1700,
       first_contact_on = case when ${hash("id", "contact")} % 10 < 9
         then date '2022-01-01' + ${hash("id", "arrival")} % 1700 + ${hash("id", "wait")} % 45 end
     where status <> 'merged'`,
  );
  await pool.query("create temporary table bench_interviews (id uuid, person_id uuid, done_at timestamptz, ags text)");
  await run(
    "assessments",
    `with interviewed as (
       insert into assessments (person_id, questionnaire_key, questionnaire_version, source, status, completed_at,
         started_at, current_section_id)
       select id, 'first-interview', 1, 'interview', 'completed',
         arrived_in_municipality_on + ${hash("id", "interview")} % 60 + time '10:00', now(), 'bench-steering'
       from persons where status <> 'merged' and ${hash("id", "interviewed")} % 5 < 4
       returning id, person_id, completed_at)
     insert into bench_interviews select i.id, i.person_id, i.completed_at, p.municipality_ags
     from interviewed i join persons p on p.id = i.person_id`,
  );
  await pool.query("create index on bench_interviews (person_id)");
  await run(
    "needs",
    `insert into needs (person_id, assessment_id, field_of_action, code, priority, reason, created_at)
     select i.person_id, i.id, ${pick(fields, `(${hash("i.id", "field")} + n)`)}, 'bench-' || n, 'medium',
       '{"de":"Bench","en":"Bench"}'::jsonb, i.done_at
     from bench_interviews i cross join generate_series(1, 2) as n`,
  );
  await run(
    "unmet_needs",
    `insert into unmet_needs (need_id, person_id, field_of_action, need_code, municipality_ags, recorded_at)
     select n.id, n.person_id, n.field_of_action, n.code, p.municipality_ags, n.created_at + interval '1 day'
     from needs n join persons p on p.id = n.person_id
     where n.code like 'bench-%' and ${hash("n.id", "unmet")} % 4 = 0`,
  );
  await generateCases(pool, run);
  await generateReferrals(pool, run);
  await pool.query("drop table bench_interviews");
  await pool.query("analyze");
  return counts;
}

const eventTables = [
  "assessments",
  "needs",
  "unmet_needs",
  "counselling_cases",
  "counselling_case_status_changes",
  "referrals",
  "referral_events",
];

/** A reused bench database (BENCH_REUSE_DATABASE_URL) already holds the events of an earlier run. */
async function hasSteeringEvents(pool: Pool): Promise<boolean> {
  const result = await pool.query("select 1 from assessments where current_section_id = 'bench-steering' limit 1");
  return (result.rowCount ?? 0) > 0;
}

async function countSteeringEvents(pool: Pool): Promise<Record<string, number>> {
  const counts: Record<string, number> = { persons: 0 };
  for (const table of eventTables) {
    const result = await pool.query<{ count: string }>(`select count(*)::text as count from ${table}`);
    counts[table] = Number(result.rows[0]?.count ?? 0);
  }
  return counts;
}

type TRun = (name: string, statement: string) => Promise<void>;

async function generateCases(pool: Pool, run: TRun): Promise<void> {
  await pool.query(`create temporary table bench_cases as
    select gen_random_uuid() as id, i.person_id, i.done_at, ${hash("i.id", "closed")} % 5 < 2 as is_closed,
      ${pick(reasons, hash("i.id", "reason"))} as reason
    from bench_interviews i`);
  await run(
    "counselling_cases",
    `insert into counselling_cases (id, person_id, status, desk_organisation_id, opened_at)
     select c.id, c.person_id, case when c.is_closed then 'closed' else 'dormant' end,
       (select id from organisations where kind = 'district' limit 1), c.done_at
     from bench_cases c
     on conflict do nothing`,
  );
  await run(
    "counselling_case_status_changes",
    `insert into counselling_case_status_changes (case_id, from_status, to_status, close_reason, changed_at)
     select c.id, s.from_status, s.to_status, case when s.to_status = 'closed' then c.reason end,
       c.done_at + s.after_days * interval '1 day'
     from bench_cases c join counselling_cases k on k.id = c.id
     cross join lateral (values (null, 'open', 0), ('open', 'active', 5), ('active', 'dormant', 40),
       ('dormant', 'closed', 90)) as s(from_status, to_status, after_days)
     where s.to_status <> 'closed' or c.is_closed`,
  );
  await pool.query("drop table bench_cases");
}

async function generateReferrals(pool: Pool, run: TRun): Promise<void> {
  await pool.query(`create temporary table bench_offers as
    select row_number() over (order by id) as position, id, provider_id from offers where status = 'published'`);
  await pool.query(`create temporary table bench_referrals as
    select gen_random_uuid() as id, i.person_id, n as number, i.done_at + (3 + n * 20) * interval '1 day' as sent_at,
      ${hash("i.id", "answered")} % 100 < 85 as answered, ${hash("i.id", "accepted")} % 10 < 7 as accepted,
      ${hash("i.id", "started")} % 10 < 6 as started, ${hash("i.id", "answer-days")} % 14 as answer_days,
      ${hash("i.id", "offer")} as offer_hash
    from bench_interviews i cross join generate_series(1, 2) as n`);
  await run(
    "referrals",
    `insert into referrals (id, person_id, target_kind, offer_id, provider_id, need_id, purpose, field_codes, consent_id,
       status, sent_by_organisation_id, sent_at, answered_at)
     select r.id, r.person_id, 'offer', o.id, o.provider_id,
       (select n.id from needs n where n.person_id = r.person_id and n.code = 'bench-' || r.number limit 1),
       'Bench', '{name}', (select c.id from consents c where c.person_id = r.person_id limit 1),
       case when not r.answered then 'sent' when not r.accepted then 'declined' when r.started then 'started'
         else 'accepted' end,
       (select id from organisations where kind = 'district' limit 1), r.sent_at,
       case when r.answered then r.sent_at + r.answer_days * interval '1 day' end
     from bench_referrals r
     join bench_offers o on o.position = 1 + r.offer_hash % (select count(*) from bench_offers)
     where exists (select 1 from consents c where c.person_id = r.person_id)`,
  );
  await run(
    "referral_events",
    `insert into referral_events (referral_id, from_status, to_status, at)
     select r.id, e.from_status, e.to_status, r.sent_at + e.after_days * interval '1 day'
     from bench_referrals r join referrals f on f.id = r.id
     cross join lateral (values (null, 'sent', 0, true), ('sent', case when r.accepted then 'accepted' else 'declined' end,
       r.answer_days, r.answered), ('accepted', 'started', r.answer_days + 10, r.answered and r.accepted and r.started))
       as e(from_status, to_status, after_days, happened)
     where e.happened`,
  );
  await pool.query("drop table bench_referrals");
  await pool.query("drop table bench_offers");
}
