import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { TOpeningSlot, TPlaceCategory, TPlaceStatus } from "../../../common/portal/place.js";
import { placeCategories, placeStatuses } from "../../../common/portal/place.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { districts, municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";
import { buildTextSearchConfigCase, tsvector } from "../../platform/search/text-search.js";

const bookkeeping = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
};

/** Contacts shown on portal pages and places. No owner unit means district-wide content. */
export const portalContacts = pgTable("portal_contacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerUnitKey: text("owner_unit_key").references(() => municipalUnits.key),
  districtAgs: text("district_ags")
    .notNull()
    .references(() => districts.ags),
  name: text("name").notNull(),
  office: text("office"),
  phone: text("phone"),
  email: text("email"),
  website: text("website"),
  /** ISO 639 codes of the languages spoken. */
  languages: text("languages").array().notNull().default([]),
  noteDe: text("note_de"),
  ...bookkeeping,
});

export const portalPlaces = pgTable(
  "portal_places",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerUnitKey: text("owner_unit_key").references(() => municipalUnits.key),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    category: text("category").$type<TPlaceCategory>().notNull(),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    latitude: numeric("latitude", { precision: 8, scale: 5, mode: "number" }),
    longitude: numeric("longitude", { precision: 8, scale: 5, mode: "number" }),
    /** Weekly slots, validated by ZOpeningHours (closes after opens, no overlaps). */
    openingHours: jsonb("opening_hours").$type<TOpeningSlot[]>().notNull().default([]),
    openingHoursNote: text("opening_hours_note"),
    isAppointmentOnly: boolean("is_appointment_only").notNull().default(false),
    isBarrierFree: boolean("is_barrier_free").notNull().default(false),
    barrierFreeNote: text("barrier_free_note"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    status: text("status").$type<TPlaceStatus>().notNull().default("draft"),
    ...bookkeeping,
  },
  () => [
    check("portal_places_category", buildOneOfCheck("category", placeCategories)),
    check("portal_places_status", buildOneOfCheck("status", placeStatuses)),
  ],
);

export const portalPlaceTexts = pgTable(
  "portal_place_texts",
  {
    placeId: uuid("place_id")
      .notNull()
      .references(() => portalPlaces.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    name: text("name").notNull(),
    /** Sanitised HTML (sanitiseDescription). */
    description: text("description").notNull().default(""),
    /** The portal search's words: name A, description B, in the configuration of the row's language. */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(${buildTextSearchConfigCase("language")}, name), 'A') || setweight(to_tsvector(${buildTextSearchConfigCase("language")}, description), 'B')`,
      ),
  },
  (table) => [
    primaryKey({ columns: [table.placeId, table.language] }),
    index("portal_place_texts_search").using("gin", table.searchVector),
    index("portal_place_texts_name_trgm").using("gin", table.name.op("gin_trgm_ops")),
  ],
);

export const portalPlaceContacts = pgTable(
  "portal_place_contacts",
  {
    placeId: uuid("place_id")
      .notNull()
      .references(() => portalPlaces.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => portalContacts.id),
    position: integer("position").notNull(),
  },
  (table) => [primaryKey({ columns: [table.placeId, table.contactId] })],
);
