import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cefrLevels, offerCategories } from "../../common/offers/offer.js";
import { buildOneOfCheck } from "../platform/db/sql-helpers.js";
import { organisations } from "../platform/organisations/organisation-tables.js";
import { courseTypes, municipalities } from "../platform/reference/reference-tables.js";

/** An offer a provider makes. The offers module grows this into the reviewed, multilingual directory. */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organisations.id),
    category: text("category").notNull(),
    fieldsOfAction: text("fields_of_action").array().notNull(),
    titleDe: text("title_de").notNull(),
    descriptionDe: text("description_de").notNull(),
    courseType: text("course_type").references(() => courseTypes.code),
    cefrFrom: text("cefr_from"),
    cefrTo: text("cefr_to"),
    languages: text("languages").array().notNull().default(sql`'{de}'::text[]`),
    municipalityAgs: text("municipality_ags").references(() => municipalities.ags),
    isOnline: boolean("is_online").notNull().default(false),
    capacity: integer("capacity"),
    freePlaces: integer("free_places"),
    hasChildcare: boolean("has_childcare").notNull().default(false),
    isBarrierFree: boolean("is_barrier_free").notNull().default(false),
    startsOn: date("starts_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("offers_category", buildOneOfCheck("category", offerCategories)),
    check("offers_cefr_from", buildOneOfCheck("cefr_from", cefrLevels)),
    check("offers_cefr_to", buildOneOfCheck("cefr_to", cefrLevels)),
    check(
      "offers_free_places",
      sql`free_places is null or (free_places >= 0 and (capacity is null or free_places <= capacity))`,
    ),
    check("offers_place", sql`is_online or municipality_ags is not null`),
    index("offers_provider").on(table.providerId),
    index("offers_municipality").on(table.municipalityAgs),
  ],
);
