import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  consentChannels,
  consentPurposes,
  type TConsentChannel,
  type TConsentPurpose,
} from "../../../common/arrival/consent.js";
import type { TProviderType } from "../../../common/platform/organisations.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { persons } from "../arrival-tables.js";

/**
 * One version of the privacy notice in one language, as shown to the person. The texts live in the
 * repository and are loaded at every start; a consent names the exact row it was given under.
 */
export const privacyNotices = pgTable(
  "privacy_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** e.g. "2026-12"; a new version is a new set of rows, old ones stay for the consents given under them. */
    version: text("version").notNull(),
    /** BCP 47 tag of a portal language (reference languages). */
    language: text("language").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedOn: date("published_on").notNull(),
  },
  (table) => [unique("privacy_notices_version_language").on(table.version, table.language)],
);

/**
 * A consent decision, immutable (a trigger refuses UPDATE and DELETE). Withdrawing or changing a
 * consent writes a new row that `supersedes` the earlier one; a consent is valid while it is granted
 * and no later row supersedes it.
 */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    purpose: text("purpose").$type<TConsentPurpose>().notNull(),
    /** false: refused or withdrawn. */
    isGranted: boolean("is_granted").notNull(),
    /** For provider_sharing: the named provider organisations and provider types it covers. */
    recipientOrganisationIds: uuid("recipient_organisation_ids").array().notNull().default(sql`'{}'::uuid[]`),
    recipientProviderTypes: text("recipient_provider_types")
      .array()
      .$type<TProviderType[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    privacyNoticeId: uuid("privacy_notice_id")
      .notNull()
      .references(() => privacyNotices.id),
    /** The language the notice and the form were shown in. */
    language: text("language").notNull(),
    channel: text("channel").$type<TConsentChannel>().notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull(),
    supersedesId: uuid("supersedes_id"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("consents_purpose", buildOneOfCheck("purpose", consentPurposes)),
    check("consents_channel", buildOneOfCheck("channel", consentChannels)),
    check(
      "consents_recipients",
      sql`purpose = 'provider_sharing' or (cardinality(recipient_organisation_ids) = 0 and cardinality(recipient_provider_types) = 0)`,
    ),
    index("consents_person_purpose").on(table.personId, table.purpose),
    unique("consents_supersedes").on(table.supersedesId),
  ],
);
