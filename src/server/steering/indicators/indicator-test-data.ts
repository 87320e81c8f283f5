import { sql } from "drizzle-orm";
import type { TDb } from "../../platform/db/database.js";

/** Test data for the indicators, written straight into the platform's tables. */
export function buildIndicatorData(db: TDb) {
  const one = async (statement: SQLish): Promise<{ id: string }> => {
    const result = await db.execute<{ id: string }>(statement);
    const [row] = result.rows;
    if (!row) throw new Error("nothing written");
    return row;
  };

  return {
    /** A newcomer who decided about statistics (granted unless said otherwise); returns ids. */
    async person(options: {
      ags: string;
      arrivedOn?: string;
      firstContactOn?: string;
      statistics?: boolean;
    }): Promise<{ id: string; consentId: string }> {
      const person = await one(sql`
        insert into persons (given_name, family_name, municipality_ags, arrived_in_municipality_on, first_contact_on)
        values ('Test', 'Indikator', ${options.ags}, ${options.arrivedOn ?? null}, ${options.firstContactOn ?? null})
        returning id`);
      const consent = await one(sql`
        insert into consents (person_id, purpose, is_granted, privacy_notice_id, language, channel, given_at)
        select ${person.id}, 'statistics', ${options.statistics ?? true}, id, language, 'in_person', now()
        from privacy_notices where language = 'de' order by version desc limit 1
        returning id`);
      return { id: person.id, consentId: consent.id };
    },

    /** A completed first interview; returns the assessment's id. */
    async interview(personId: string, completedAt: string): Promise<string> {
      const row = await one(sql`
        insert into assessments (person_id, questionnaire_key, questionnaire_version, source, status, completed_at)
        values (${personId}, 'first-interview', 1, 'interview', 'completed', ${completedAt}::timestamptz)
        returning id`);
      return row.id;
    },

    async need(personId: string, assessmentId: string, field: string, createdAt: string): Promise<string> {
      const row = await one(sql`
        insert into needs (person_id, assessment_id, field_of_action, code, priority, reason, created_at)
        values (${personId}, ${assessmentId}, ${field}, ${`need-${field}`}, 'medium', '{"de":"Test","en":"Test"}',
          ${createdAt}::timestamptz)
        returning id`);
      return row.id;
    },

    async unmetNeed(
      need: { id: string; personId: string; field: string; ags: string; recordedAt: string },
      resolved = false,
    ) {
      await db.execute(sql`
        insert into unmet_needs (need_id, person_id, field_of_action, need_code, municipality_ags, recorded_at, resolved_at)
        values (${need.id}, ${need.personId}, ${need.field}, ${`need-${need.field}`}, ${need.ags},
          ${need.recordedAt}::timestamptz, ${resolved ? sql`now()` : null})`);
    },

    /** A case closed for a reason at a time. */
    async closedCase(personId: string, deskOrganisationId: string, reason: string, closedAt: string) {
      const row = await one(sql`
        insert into counselling_cases (person_id, status, desk_organisation_id)
        values (${personId}, 'closed', ${deskOrganisationId}) returning id`);
      await db.execute(sql`
        insert into counselling_case_status_changes (case_id, from_status, to_status, close_reason, changed_at)
        values (${row.id}, 'active', 'closed', ${reason}, ${closedAt}::timestamptz)`);
    },

    /** A referral sent at a time, answered some days later (accepted or declined) and perhaps started. */
    async referral(options: {
      person: { id: string; consentId: string };
      providerId: string;
      offerId: string;
      sentByOrganisationId: string;
      sentAt: string;
      answeredAfterDays?: number;
      accepted?: boolean;
      startedAt?: string;
    }) {
      const answeredAt =
        options.answeredAfterDays === undefined
          ? null
          : sql`${options.sentAt}::timestamptz + ${options.answeredAfterDays} * interval '1 day'`;
      const status = options.startedAt
        ? "started"
        : answeredAt === null
          ? "sent"
          : options.accepted
            ? "accepted"
            : "declined";
      const row = await one(sql`
        insert into referrals (person_id, target_kind, offer_id, provider_id, purpose, field_codes, consent_id, status,
          sent_by_organisation_id, sent_at, answered_at)
        values (${options.person.id}, 'offer', ${options.offerId}, ${options.providerId}, 'Test', '{name}',
          ${options.person.consentId}, ${status}, ${options.sentByOrganisationId}, ${options.sentAt}::timestamptz,
          ${answeredAt})
        returning id`);
      const events: [string, string, SQLish][] = [["sent", "sent", sql`${options.sentAt}::timestamptz`]];
      if (answeredAt !== null) events.push(["sent", options.accepted ? "accepted" : "declined", answeredAt]);
      if (options.startedAt) events.push(["accepted", "started", sql`${options.startedAt}::timestamptz`]);
      for (const [from, to, at] of events) {
        await db.execute(sql`
          insert into referral_events (referral_id, from_status, to_status, at)
          values (${row.id}, ${from === to ? null : from}, ${to}, ${at})`);
      }
    },
  };
}

type SQLish = ReturnType<typeof sql>;
