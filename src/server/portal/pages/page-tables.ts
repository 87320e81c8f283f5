import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  contentLanguages,
  pageStatuses,
  portalTopics,
  type TContentLanguage,
  type TPageStatus,
  type TPortalTopic,
} from "../../../common/portal/portal-content.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { buildTextSearchConfigCase, tsvector } from "../../platform/search/text-search.js";

/**
 * A page of the portal: a municipal unit's own (owner_unit_key) or the district's, shown in every
 * municipality (null). Pages form a tree per owner; the address is the slug, unique among siblings.
 * A copy of another owner's page names its origin (copied_from_page_id).
 */
export const portalPages = pgTable(
  "portal_pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerUnitKey: text("owner_unit_key").references(() => municipalUnits.key),
    parentId: uuid("parent_id").references((): AnyPgColumn => portalPages.id),
    topic: text("topic").$type<TPortalTopic>().notNull(),
    slug: text("slug").notNull(),
    position: integer("position").notNull().default(0),
    status: text("status").$type<TPageStatus>().notNull().default("draft"),
    copiedFromPageId: uuid("copied_from_page_id").references((): AnyPgColumn => portalPages.id),
    /** For a copy: the source's German version when it was copied (a newer one means the source changed). */
    copiedGermanVersion: integer("copied_german_version"),
    /** The German text's version: translations name the one they were made from. */
    germanVersion: integer("german_version"),
    version: integer("version").notNull().default(1),
    /** When it was last published (null for a draft never published). */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("portal_pages_topic", buildOneOfCheck("topic", portalTopics)),
    check("portal_pages_status", buildOneOfCheck("status", pageStatuses)),
    check("portal_pages_slug", sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    uniqueIndex("portal_pages_address").on(
      sql`coalesce(${table.ownerUnitKey}, '')`,
      sql`coalesce(${table.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      table.slug,
    ),
    index("portal_pages_owner").on(table.ownerUnitKey, table.topic, table.position),
  ],
);

/** The page's text in one language, as last saved; its versions are in portal_page_text_history. */
export const portalPageTexts = pgTable(
  "portal_page_texts",
  {
    pageId: uuid("page_id")
      .notNull()
      .references(() => portalPages.id, { onDelete: "cascade" }),
    language: text("language").$type<TContentLanguage>().notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Sanitised when saved (sanitise-page-html.ts); rendered as it is. */
    bodyHtml: text("body_html").notNull(),
    textVersion: integer("text_version").notNull().default(1),
    /** For a translation: the German version it was made from; null for German itself. */
    sourceVersion: integer("source_version"),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The portal search's words (docs/portal.md "Search"): title A, summary B, body C, stemmed in the
     * configuration of the row's language; the parser skips the body's HTML tags.
     */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(${buildTextSearchConfigCase("language")}, title), 'A') || setweight(to_tsvector(${buildTextSearchConfigCase("language")}, summary), 'B') || setweight(to_tsvector(${buildTextSearchConfigCase("language")}, body_html), 'C')`,
      ),
  },
  (table) => [
    primaryKey({ columns: [table.pageId, table.language] }),
    check("portal_page_texts_language", buildOneOfCheck("language", contentLanguages)),
    index("portal_page_texts_search").using("gin", table.searchVector),
    /** Typo tolerance: word similarity of the search words to the title (the <% operator). */
    index("portal_page_texts_title_trgm").using("gin", table.title.op("gin_trgm_ops")),
  ],
);

/** Every saved version of every text, append-only: the page's history. */
export const portalPageTextHistory = pgTable(
  "portal_page_text_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => portalPages.id, { onDelete: "cascade" }),
    language: text("language").$type<TContentLanguage>().notNull(),
    textVersion: integer("text_version").notNull(),
    sourceVersion: integer("source_version"),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyHtml: text("body_html").notNull(),
    savedBy: uuid("saved_by").references(() => users.id),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("portal_page_text_history_version").on(table.pageId, table.language, table.textVersion)],
);
