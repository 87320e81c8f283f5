import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { contentLanguages, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { portalPages } from "../pages/page-tables.js";

/**
 * "Was this page helpful?": one row per answer, anonymous by construction — the page, the language it
 * was read in, yes or no, and the day; no address, no cookie, no finer time.
 */
export const portalPageFeedback = pgTable(
  "portal_page_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => portalPages.id, { onDelete: "cascade" }),
    language: text("language").$type<TContentLanguage>().notNull(),
    helpful: boolean("helpful").notNull(),
    day: date("day").notNull().default(sql`current_date`),
  },
  (table) => [
    check("portal_page_feedback_language", buildOneOfCheck("language", contentLanguages)),
    index("portal_page_feedback_page").on(table.pageId, table.language),
  ],
);
