import type { TDatabase } from "../platform/db/database.js";

/** md5 of no rows: a table the fingerprint finds empty. */
export const EMPTY_DIGEST = "d41d8cd98f00b204e9800998ecf8427e";

/** One digest per table over every column but timestamps and password hashes (argon2 salts differ). */
export async function fingerprint(database: TDatabase): Promise<Record<string, string>> {
  const tables = {
    organisations: "select id, kind, name, district_ags, municipal_unit_key, provider_type from organisations",
    users: "select id, email, display_name, locale, is_active from users",
    memberships: "select user_id, organisation_id, role from memberships",
    offers: "select * from offers",
    offerTranslations: "select * from offer_translations",
    households: "select id, municipality_ags from households",
    persons: `select id, given_name, family_name, birth_year, birth_month, birth_day, sex, nationalities,
      municipality_ags, residence_category, arrived_in_germany_on, household_id, household_relation from persons`,
    personNames: "select * from person_names",
    consents: `select id, person_id, purpose, is_granted, recipient_organisation_ids, language, channel, recorded_by
      from consents`,
    offerRevisions: "select id, offer_id, status, content, base_version, submitted_by from offer_revisions",
    counsellingCases: "select id, person_id, status, desk_organisation_id, assignee_user_id from counselling_cases",
    needs: "select id, person_id, assessment_id, field_of_action, code, priority, status from needs",
    referrals: `select id, person_id, target_kind, offer_id, provider_id, need_id, purpose, field_codes, consent_id, status,
      note, sent_by, sent_by_organisation_id, answered_at is null as is_unanswered, version from referrals`,
    referralEvents: "select id, referral_id, from_status, to_status, note, by_user_id from referral_events",
    portalPages: "select id, owner_unit_key, topic, slug, status, german_version from portal_pages",
    portalPageTexts: "select page_id, language, title, body_html, text_version, source_version from portal_page_texts",
    portalPlaces: `select id, owner_unit_key, category, street, city, opening_hours, status, latitude, longitude
      from portal_places`,
    portalPlaceTexts: "select * from portal_place_texts",
    portalEvents: "select id, status, starts_at, starts_on, recurrence, place_id, organiser from portal_events",
    portalEventTexts: "select * from portal_event_texts",
    selfRegistrations: `select given_name, family_name, municipality_ags, portal_language, email_confirmation, status,
      consent_decisions from self_registrations`,
  };
  const digests: Record<string, string> = {};
  for (const [name, query] of Object.entries(tables)) {
    const columns = name === "offers" ? "to_jsonb(t) - 'created_at' - 'updated_at' - 'published_at'" : "to_jsonb(t)";
    const result = await database.pool.query<{ digest: string }>(
      `select md5(coalesce(string_agg((${columns})::text, '|' order by (${columns})::text), '')) as digest from (${query}) t`,
    );
    digests[name] = result.rows[0]?.digest ?? "";
  }
  return digests;
}

export async function count(database: TDatabase, query: string): Promise<number> {
  const result = await database.pool.query<{ count: string }>(query);
  return Number(result.rows[0]?.count);
}
