import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  referralFieldCodes,
  referralStatuses,
  referralTargetKinds,
  type TReferralFieldCode,
  type TReferralStatus,
  type TReferralTargetKind,
} from "../../../common/offers/referral-schemas.js";
import type { TProviderType } from "../../../common/platform/organisations.js";
import { persons } from "../../arrival/arrival-tables.js";
import { consents } from "../../arrival/consent/consent-tables.js";
import { needs } from "../../counselling/assessments/assessment-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offers } from "../offer-tables.js";

const fieldCodeList = referralFieldCodes.map((code) => `'${code}'`).join(", ");

/**
 * A person referred to an offer (its provider implied), to a provider organisation, or to a
 * provider outside the platform (a printed letter). It shares exactly its field set, under the
 * consent record in force when it was sent; the provider reaches the person only while it is
 * active and consent is valid now (referral-access.ts).
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    targetKind: text("target_kind").$type<TReferralTargetKind>().notNull(),
    offerId: uuid("offer_id").references(() => offers.id),
    providerId: uuid("provider_id").references(() => organisations.id),
    externalName: text("external_name"),
    externalAddress: text("external_address"),
    externalProviderType: text("external_provider_type").$type<TProviderType>(),
    needId: uuid("need_id").references(() => needs.id),
    purpose: text("purpose").notNull(),
    fieldCodes: text("field_codes").array().$type<TReferralFieldCode[]>().notNull(),
    matchSnapshot: jsonb("match_snapshot").$type<Record<string, unknown>>(),
    consentId: uuid("consent_id")
      .notNull()
      .references(() => consents.id),
    status: text("status").$type<TReferralStatus>().notNull().default("sent"),
    /** The last reason (declined, withdrawn) or outcome (completed, dropped). */
    note: text("note"),
    sentBy: uuid("sent_by").references(() => users.id),
    sentByOrganisationId: uuid("sent_by_organisation_id")
      .notNull()
      .references(() => organisations.id),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the provider first answered (accepted or declined); waiting is measured until then. */
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [
    check("referrals_status", buildOneOfCheck("status", referralStatuses)),
    check("referrals_target_kind", buildOneOfCheck("target_kind", referralTargetKinds)),
    check(
      "referrals_target",
      sql`(target_kind = 'offer' and offer_id is not null and provider_id is not null)
        or (target_kind = 'provider' and offer_id is null and provider_id is not null)
        or (target_kind = 'external' and offer_id is null and provider_id is null
            and external_name is not null and external_address is not null and external_provider_type is not null)`,
    ),
    check("referrals_field_codes", sql.raw(`cardinality(field_codes) > 0 and field_codes <@ array[${fieldCodeList}]`)),
    index("referrals_person").on(table.personId, table.sentAt),
    index("referrals_provider_status").on(table.providerId, table.status),
    index("referrals_sent_by").on(table.sentBy, table.sentAt),
    index("referrals_sent_by_organisation").on(table.sentByOrganisationId, table.sentAt),
  ],
);

/** Every transition of a referral: from, to, the reason or outcome, by whom, when. Append-only. */
export const referralEvents = pgTable(
  "referral_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    fromStatus: text("from_status").$type<TReferralStatus>(),
    toStatus: text("to_status").$type<TReferralStatus>().notNull(),
    note: text("note"),
    byUserId: uuid("by_user_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("referral_events_referral").on(table.referralId, table.at)],
);

/** A reminder mailed about a referral on a day: at most one per referral, kind and day. */
export const referralReminderDeliveries = pgTable(
  "referral_reminder_deliveries",
  {
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    kind: text("kind").$type<"waiting" | "expired">().notNull(),
    day: date("day").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.referralId, table.kind, table.day] }),
    check("referral_reminder_deliveries_kind", sql`kind in ('waiting', 'expired')`),
  ],
);
