import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { portalEventStatuses } from "../../../common/portal/event-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { districts, municipalUnits } from "../../platform/reference/reference-tables.js";
import { buildTextSearchConfigCase, tsvector } from "../../platform/search/text-search.js";

/**
 * An event of the portal (issue 7). It belongs to a municipal unit, or to the whole district when
 * municipal_unit_key is null. Timed events carry starts_at/ends_at, all-day events starts_on/ends_on;
 * recurrence is an RFC 5545 RRULE (the subset in recurrence-rule.ts). An imported event remembers its
 * source and VEVENT UID, unique per owner, so a re-import updates it instead of duplicating it.
 */
export const portalEvents = pgTable(
  "portal_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    municipalUnitKey: text("municipal_unit_key").references(() => municipalUnits.key),
    status: text("status").notNull().default("draft"),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    recurrence: text("recurrence"),
    address: text("address"),
    placeId: uuid("place_id"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    onlineUrl: text("online_url"),
    organiser: text("organiser"),
    isFree: boolean("is_free").notNull().default(true),
    importedFrom: text("imported_from"),
    importUid: text("import_uid"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("portal_events_status", buildOneOfCheck("status", portalEventStatuses)),
    check(
      "portal_events_times",
      sql`(starts_at is not null and ends_at is not null and ends_at >= starts_at and starts_on is null and ends_on is null)
        or (starts_on is not null and ends_on is not null and ends_on >= starts_on and starts_at is null and ends_at is null)`,
    ),
    uniqueIndex("portal_events_import_uid").on(
      table.districtAgs,
      sql`coalesce(${table.municipalUnitKey}, '')`,
      table.importUid,
    ),
    index("portal_events_owner").on(table.municipalUnitKey, table.status),
  ],
);

/** An event's title and description in one language; the description is sanitised HTML. */
export const portalEventTexts = pgTable(
  "portal_event_texts",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => portalEvents.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    title: text("title").notNull(),
    descriptionHtml: text("description_html").notNull().default(""),
    /** The portal search's words: title A, description B, in the configuration of the row's language. */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(${buildTextSearchConfigCase("language")}, title), 'A') || setweight(to_tsvector(${buildTextSearchConfigCase("language")}, description_html), 'B')`,
      ),
  },
  (table) => [
    uniqueIndex("portal_event_texts_language").on(table.eventId, table.language),
    index("portal_event_texts_search").using("gin", table.searchVector),
    index("portal_event_texts_title_trgm").using("gin", table.title.op("gin_trgm_ops")),
  ],
);
