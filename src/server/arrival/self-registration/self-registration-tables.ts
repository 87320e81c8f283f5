import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { TLanguageLevel, TSex } from "../../../common/arrival/person.js";
import { sexes } from "../../../common/arrival/person.js";
import {
  emailConfirmationStates,
  selfRegistrationStatuses,
  type TEmailConfirmationState,
  type TPortalConsentPurpose,
  type TSelfRegistrationStatus,
} from "../../../common/arrival/self-registration.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { persons } from "../arrival-tables.js";
import { privacyNotices } from "../consent/consent-tables.js";

/**
 * What a newcomer sent from the public portal, in least-data form, until staff decide on it. Person
 * data of someone who is not (yet) a person record: readable only through the review service, which
 * applies the caseworkers' area rule to `municipality_ags` in SQL.
 */
export const selfRegistrations = pgTable(
  "self_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    birthYear: smallint("birth_year"),
    birthMonth: smallint("birth_month"),
    birthDay: smallint("birth_day"),
    sex: text("sex").$type<TSex>().notNull(),
    nationalities: text("nationalities").array().notNull().default(sql`'{}'::text[]`),
    languages: jsonb("languages").$type<{ language: string; level: TLanguageLevel }[]>().notNull().default([]),
    arrivedInMunicipalityOn: date("arrived_in_municipality_on"),
    phone: text("phone"),
    email: text("email"),
    preferredLanguage: text("preferred_language"),
    /** The language the form and the privacy notice were shown in. */
    portalLanguage: text("portal_language").notNull(),
    privacyNoticeId: uuid("privacy_notice_id")
      .notNull()
      .references(() => privacyNotices.id),
    consentDecisions: jsonb("consent_decisions").$type<Record<TPortalConsentPurpose, boolean>>().notNull(),
    emailConfirmation: text("email_confirmation").$type<TEmailConfirmationState>().notNull(),
    /** SHA-256 of the mailed link's token; cleared when the link is used. */
    emailTokenHash: text("email_token_hash").unique(),
    emailTokenExpiresAt: timestamp("email_token_expires_at", { withTimezone: true }),
    emailConfirmedAt: timestamp("email_confirmed_at", { withTimezone: true }),
    status: text("status").$type<TSelfRegistrationStatus>().notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    rejectReason: text("reject_reason"),
    personId: uuid("person_id").references(() => persons.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /** Keyed hash of the client address, for the hourly limit per address; cleared once decided. */
    clientAddressHash: text("client_address_hash"),
    /** The form token's nonce: a replayed form finds it taken. */
    formNonce: text("form_nonce").notNull().unique(),
  },
  (table) => [
    check("self_registrations_status", buildOneOfCheck("status", selfRegistrationStatuses)),
    check("self_registrations_email_confirmation", buildOneOfCheck("email_confirmation", emailConfirmationStates)),
    check("self_registrations_sex", buildOneOfCheck("sex", sexes)),
    check(
      "self_registrations_decision",
      sql`(status = 'pending') = (decided_at is null) and (status in ('confirmed', 'merged')) = (person_id is not null) and (status = 'rejected') = (reject_reason is not null)`,
    ),
    index("self_registrations_review").on(table.status, table.municipalityAgs, table.submittedAt),
    index("self_registrations_address").on(table.clientAddressHash, table.submittedAt),
  ],
);
