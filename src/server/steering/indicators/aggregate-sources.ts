import { type SQL, sql } from "drizzle-orm";
import type { TComputedIndicatorKey } from "../../../common/steering/concept.js";
import { firstInterviewTargetDays, languageCourseTargetMonths } from "../../../common/steering/indicators.js";
import { persons } from "../../arrival/arrival-tables.js";
import { buildCountsInStatisticsCondition } from "../../arrival/consent/valid-consent-condition.js";
import { assessments, needs } from "../../counselling/assessments/assessment-tables.js";
import { counsellingCaseStatusChanges, counsellingCases } from "../../counselling/cases/case-tables.js";
import { unmetNeeds } from "../../offers/matching/unmet-need-tables.js";
import { offers } from "../../offers/offer-tables.js";
import { referralEvents, referrals } from "../../offers/referrals/referral-tables.js";

/**
 * The persons indicators count, as a relation `(id, municipality_ags, arrived_on, first_contact_on)`:
 * not merged away, with a statistics consent in force. Arrival is the arrival in the municipality,
 * else in Germany.
 */
export function buildCountedPersons(): SQL {
  return sql`select ${persons.id} as id, ${persons.municipalityAgs} as municipality_ags,
      coalesce(${persons.arrivedInMunicipalityOn}, ${persons.arrivedInGermanyOn}) as arrived_on,
      ${persons.firstContactOn} as first_contact_on
    from ${persons}
    where ${persons.status} <> 'merged' and ${buildCountsInStatisticsCondition()}`;
}

/** The targets as SQL literals (constants, not input). */
const interviewDays = sql.raw(String(firstInterviewTargetDays));
const courseInterval = sql.raw(`interval '${languageCourseTargetMonths} months'`);

/** A timestamp's month in Berlin, as the first day of that month. */
const monthOf = (value: SQL) => sql`date_trunc('month', (${value}) at time zone 'Europe/Berlin')::date`;
const monthOfDate = (value: SQL) => sql`date_trunc('month', ${value})::date`;

/** The field of action a referral serves: its need's, else its offer's first; empty when neither says. */
const referralField = sql`coalesce((select ${needs.fieldOfAction} from ${needs} where ${needs.id} = r.need_id),
  (select (${offers.fieldsOfAction})[1] from ${offers} where ${offers.id} = r.offer_id), '')`;

/**
 * Each indicator's cells, computed from the platform's tables over the counted persons `counted`
 * (a relation as buildCountedPersons gives, or a table holding it): rows of
 * `(indicator_key, month, municipality_ags, dimension, count, hits, sum)`.
 * The definitions are in docs/steering.md ("Computed indicators").
 */
export const aggregateSources: Record<TComputedIndicatorKey, (counted: SQL) => SQL> = {
  days_arrival_to_first_contact: (counted) => sql`
    select 'days_arrival_to_first_contact' as indicator_key, ${monthOfDate(sql`c.first_contact_on`)} as month,
      c.municipality_ags, '' as dimension, count(*) as count, 0 as hits, sum(c.first_contact_on - c.arrived_on) as sum
    from ${counted} as c
    where c.first_contact_on is not null and c.arrived_on is not null and c.first_contact_on >= c.arrived_on
    group by 2, 3`,

  first_interview_within_target_share: (counted) => sql`
    select 'first_interview_within_target_share', ${monthOfDate(sql`c.arrived_on`)}, c.municipality_ags, '',
      count(*), count(*) filter (where i.done_on - c.arrived_on <= ${interviewDays}), 0
    from ${counted} as c
    left join lateral (select min((${assessments.completedAt} at time zone 'Europe/Berlin')::date) as done_on
      from ${assessments} where ${assessments.personId} = c.id and ${assessments.questionnaireKey} = 'first-interview'
        and ${assessments.status} = 'completed') as i on true
    where c.arrived_on is not null
      and (c.arrived_on + ${interviewDays} <= current_date or i.done_on is not null)
    group by 2, 3`,

  referrals_by_field: (counted) => sql`
    select 'referrals_by_field', ${monthOf(sql`r.sent_at`)}, c.municipality_ags, ${referralField}, count(*), 0, 0
    from ${referrals} as r join ${counted} as c on c.id = r.person_id
    group by 2, 3, 4`,

  referral_acceptance_rate: (counted) => sql`
    select 'referral_acceptance_rate', ${monthOf(sql`r.sent_at`)}, c.municipality_ags, ${referralField}, count(*),
      count(*) filter (where exists (select 1 from ${referralEvents} as e
        where e.referral_id = r.id and e.to_status = 'accepted')), 0
    from ${referrals} as r join ${counted} as c on c.id = r.person_id
    where r.answered_at is not null
    group by 2, 3, 4`,

  referral_days_to_answer: (counted) => sql`
    select 'referral_days_to_answer', ${monthOf(sql`r.sent_at`)}, c.municipality_ags, ${referralField}, count(*), 0,
      sum(extract(epoch from r.answered_at - r.sent_at) / 86400)
    from ${referrals} as r join ${counted} as c on c.id = r.person_id
    where r.answered_at is not null
    group by 2, 3, 4`,

  language_course_within_three_months_share: (counted) => sql`
    select 'language_course_within_three_months_share', ${monthOfDate(sql`c.arrived_on`)}, c.municipality_ags, '',
      count(*), count(*) filter (where l.started_on <= c.arrived_on + ${courseInterval}), 0
    from ${counted} as c
    left join lateral (select min((e.at at time zone 'Europe/Berlin')::date) as started_on
      from ${referrals} as r join ${referralEvents} as e on e.referral_id = r.id and e.to_status = 'started'
        join ${offers} as o on o.id = r.offer_id and o.category = 'language_course'
      where r.person_id = c.id) as l on true
    where c.arrived_on is not null
      and (c.arrived_on + ${courseInterval} <= current_date
        or l.started_on is not null)
    group by 2, 3`,

  needs_by_field_and_municipality: (counted) => sql`
    select 'needs_by_field_and_municipality', ${monthOf(sql`n.created_at`)}, c.municipality_ags, n.field_of_action,
      count(*), 0, 0
    from ${needs} as n join ${counted} as c on c.id = n.person_id
    where n.status = 'open'
    group by 2, 3, 4`,

  unmet_needs: (counted) => sql`
    select 'unmet_needs', ${monthOf(sql`u.recorded_at`)}, coalesce(u.municipality_ags, c.municipality_ags),
      u.field_of_action, count(*), 0, 0
    from ${unmetNeeds} as u join ${counted} as c on c.id = u.person_id
    where u.resolved_at is null
    group by 2, 3, 4`,

  case_outcomes: (counted) => sql`
    select 'case_outcomes', ${monthOf(sql`s.changed_at`)}, c.municipality_ags, s.close_reason, count(*), 0, 0
    from ${counsellingCaseStatusChanges} as s
      join ${counsellingCases} as k on k.id = s.case_id
      join ${counted} as c on c.id = k.person_id
    where s.to_status = 'closed'
    group by 2, 3, 4`,
};
