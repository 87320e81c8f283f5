import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  cefrLevels,
  offerCategories,
  offerCostKinds,
  offerGenderTargets,
  offerRevisionStatuses,
  offerScheduleKinds,
  offerStatuses,
} from "../../common/offers/offer.js";
import type { TOfferContent } from "../../common/offers/offer-content-schemas.js";
import { users } from "../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../platform/db/sql-helpers.js";
import { organisations } from "../platform/organisations/organisation-tables.js";
import { courseTypes, languages, municipalities } from "../platform/reference/reference-tables.js";
import { buildTextSearchConfigCase, tsvector } from "../platform/search/text-search.js";

/**
 * An offer of a provider (issue 6). The row holds the content in force: the published content once
 * a reviewer took it over, the submitted content of an offer never published yet. A change to a
 * published offer waits as a pending revision (offer_revisions) and replaces the row's content on
 * approval; free places are an operational figure the provider and accepted referrals change
 * directly.
 */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organisations.id),
    status: text("status").notNull().default("draft"),
    category: text("category").notNull(),
    fieldsOfAction: text("fields_of_action").array().notNull(),
    courseType: text("course_type").references(() => courseTypes.code),
    cefrFrom: text("cefr_from"),
    cefrTo: text("cefr_to"),
    languages: text("languages").array().notNull().default(sql`'{de}'::text[]`),
    ageMin: integer("age_min"),
    ageMax: integer("age_max"),
    residenceCategories: text("residence_categories").array().notNull().default(sql`'{}'::text[]`),
    genderTarget: text("gender_target").notNull().default("any"),
    minGermanLevel: text("min_german_level"),
    municipalityAgs: text("municipality_ags").references(() => municipalities.ags),
    isOnline: boolean("is_online").notNull().default(false),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    scheduleKind: text("schedule_kind").notNull().default("ongoing"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    weekdays: text("weekdays").array().notNull().default(sql`'{}'::text[]`),
    timeSlots: text("time_slots").array().notNull().default(sql`'{}'::text[]`),
    startTime: text("start_time"),
    endTime: text("end_time"),
    capacity: integer("capacity"),
    freePlaces: integer("free_places"),
    costKind: text("cost_kind").notNull().default("free"),
    costAmountEur: numeric("cost_amount_eur", { precision: 9, scale: 2, mode: "number" }),
    hasChildcare: boolean("has_childcare").notNull().default(false),
    isBarrierFree: boolean("is_barrier_free").notNull().default(false),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    contactUrl: text("contact_url"),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    /** Counts every change of the row, for optimistic concurrency (a stale write is 409). */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [
    check("offers_status", buildOneOfCheck("status", offerStatuses)),
    check("offers_category", buildOneOfCheck("category", offerCategories)),
    check("offers_cefr_from", buildOneOfCheck("cefr_from", cefrLevels)),
    check("offers_cefr_to", buildOneOfCheck("cefr_to", cefrLevels)),
    check("offers_min_german_level", buildOneOfCheck("min_german_level", cefrLevels)),
    check("offers_gender_target", buildOneOfCheck("gender_target", offerGenderTargets)),
    check("offers_schedule_kind", buildOneOfCheck("schedule_kind", offerScheduleKinds)),
    check("offers_cost_kind", buildOneOfCheck("cost_kind", offerCostKinds)),
    check("offers_capacity", sql`capacity is null or capacity >= 0`),
    check(
      "offers_free_places",
      sql`free_places is null or (free_places >= 0 and (capacity is null or free_places <= capacity))`,
    ),
    check("offers_place", sql`is_online or municipality_ags is not null`),
    check("offers_dates", sql`ends_on is null or starts_on is null or ends_on >= starts_on`),
    check("offers_validity", sql`valid_until is null or valid_from is null or valid_until >= valid_from`),
    check("offers_ages", sql`age_max is null or age_min is null or age_max >= age_min`),
    index("offers_provider").on(table.providerId),
    index("offers_municipality").on(table.municipalityAgs),
    index("offers_status_category").on(table.status, table.category),
  ],
);

/** An offer's title and description in one language; German is always there (the fallback). */
export const offerTranslations = pgTable(
  "offer_translations",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    language: text("language")
      .notNull()
      .references(() => languages.tag),
    title: text("title").notNull(),
    /** Sanitised HTML (paragraphs, lists, emphasis, links). */
    description: text("description").notNull(),
    prerequisites: text("prerequisites"),
    costNote: text("cost_note"),
    /**
     * The search's words (docs/offers.md "Search"): title weighted A, description B, stemmed in the
     * configuration of the row's language. The parser skips the description's HTML tags.
     */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(${buildTextSearchConfigCase("language")}, title), 'A') || setweight(to_tsvector(${buildTextSearchConfigCase("language")}, description), 'B')`,
      ),
  },
  (table) => [
    primaryKey({ columns: [table.offerId, table.language] }),
    index("offer_translations_search").using("gin", table.searchVector),
    /** Typo tolerance: word similarity of the search words to the title (the <% operator). */
    index("offer_translations_title_trgm").using("gin", table.title.op("gin_trgm_ops")),
  ],
);

/**
 * A version of an offer's content submitted for review: the whole content as the provider sent it,
 * the offer version it was based on (the diff compares with the content in force), and the review.
 */
export const offerRevisions = pgTable(
  "offer_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    status: text("status").notNull().default("pending"),
    content: jsonb("content").$type<TOfferContent>().notNull(),
    baseVersion: integer("base_version").notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewComment: text("review_comment"),
  },
  (table) => [
    check("offer_revisions_status", buildOneOfCheck("status", offerRevisionStatuses)),
    index("offer_revisions_offer").on(table.offerId, table.submittedAt),
    uniqueIndex("offer_revisions_one_pending").on(table.offerId).where(sql`status = 'pending'`),
  ],
);
