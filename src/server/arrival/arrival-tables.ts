import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  contactChannels,
  householdRelations,
  languageLevels,
  moveKinds,
  moveOutReasons,
  nameKinds,
  personStatuses,
  sexes,
  type TContactChannel,
  type THouseholdRelation,
  type TLanguageLevel,
  type TMoveKind,
  type TMoveOutReason,
  type TNameKind,
  type TPersonStatus,
  type TSex,
} from "../../common/arrival/person.js";
import { users } from "../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../platform/db/sql-helpers.js";
import { municipalities, residenceCategories } from "../platform/reference/reference-tables.js";
import type { TMergeMoved, TMergeSnapshot } from "./persons/person-merge-snapshot.js";

export const households = pgTable(
  "households",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("households_municipality").on(table.municipalityAgs)],
);

/**
 * A newcomer. Names here are the passport spelling (Latin script); the original script and further
 * spellings live in person_names. A date of birth may be known only to the year or month.
 */
export const persons = pgTable(
  "persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    birthYear: smallint("birth_year"),
    birthMonth: smallint("birth_month"),
    birthDay: smallint("birth_day"),
    sex: text("sex").$type<TSex>().notNull().default("not_stated"),
    nationalities: text("nationalities").array().notNull().default(sql`'{}'::text[]`),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    residenceCategory: text("residence_category").references(() => residenceCategories.code),
    arrivedInGermanyOn: date("arrived_in_germany_on"),
    arrivedInMunicipalityOn: date("arrived_in_municipality_on"),
    /** The day staff first met or reached the newcomer; empty while they wait (the first-contact worklist). */
    firstContactOn: date("first_contact_on"),
    permitExpiresOn: date("permit_expires_on"),
    street: text("street"),
    postalCode: text("postal_code"),
    phone: text("phone"),
    email: text("email"),
    preferredChannel: text("preferred_channel").$type<TContactChannel>(),
    preferredLanguage: text("preferred_language"),
    status: text("status").$type<TPersonStatus>().notNull().default("active"),
    /** Set while the record is merged into another: the one that holds its data now. */
    mergedInto: uuid("merged_into"),
    householdId: uuid("household_id").references(() => households.id),
    /** Duplicate search keys over all the person's names, written with every name change (person-search-keys.ts). */
    givenKeys: text("given_keys").array().notNull().default(sql`'{}'::text[]`),
    familyKeys: text("family_keys").array().notNull().default(sql`'{}'::text[]`),
    familyNormalised: text("family_normalised").notNull().default(""),
    householdRelation: text("household_relation").$type<THouseholdRelation>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("persons_sex", buildOneOfCheck("sex", sexes)),
    check("persons_household_relation", buildOneOfCheck("household_relation", householdRelations)),
    check("persons_preferred_channel", buildOneOfCheck("preferred_channel", contactChannels)),
    check("persons_status", buildOneOfCheck("status", personStatuses)),
    check(
      "persons_birth_date_parts",
      sql`(birth_month is null or birth_month between 1 and 12) and (birth_day is null or (birth_month is not null and birth_day between 1 and 31))`,
    ),
    index("persons_municipality").on(table.municipalityAgs),
    index("persons_household").on(table.householdId),
    index("persons_family_given").on(table.familyName, table.givenName),
    index("persons_family_keys").using("gin", table.familyKeys),
    index("persons_given_keys").using("gin", table.givenKeys),
    index("persons_birth_year").on(table.birthYear),
    index("persons_family_trigram").using("gin", sql`${table.familyNormalised} gin_trgm_ops`),
  ],
);

export const personNames = pgTable(
  "person_names",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TNameKind>().notNull(),
    /** ISO 15924 script code: Latn, Cyrl, Arab, … */
    script: text("script").notNull(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    position: integer("position").notNull().default(0),
  },
  (table) => [
    check("person_names_kind", buildOneOfCheck("kind", nameKinds)),
    index("person_names_person").on(table.personId),
  ],
);

/** Languages the person speaks, with the level they give themselves. */
export const personLanguages = pgTable(
  "person_languages",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    /** ISO 639-1, or ISO 639-3 where there is no two-letter code (common/platform/iso-codes.ts). */
    language: text("language").notNull(),
    level: text("level").$type<TLanguageLevel>().notNull(),
    position: integer("position").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.personId, table.language] }),
    check("person_languages_level", buildOneOfCheck("level", languageLevels)),
  ],
);

/**
 * Where the person lived when: each move ends a period in `from_municipality_ags` (lived there since
 * `from_since`, if known) and, within the district, starts one in `to_municipality_ags`. A move is
 * also a handover: its note is for the desk that takes the person over.
 */
export const personMoves = pgTable(
  "person_moves",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TMoveKind>().notNull(),
    movedOn: date("moved_on").notNull(),
    fromMunicipalityAgs: text("from_municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    fromSince: date("from_since"),
    toMunicipalityAgs: text("to_municipality_ags").references(() => municipalities.ags),
    reason: text("reason").$type<TMoveOutReason>(),
    note: text("note"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("person_moves_kind", buildOneOfCheck("kind", moveKinds)),
    check("person_moves_reason", buildOneOfCheck("reason", moveOutReasons)),
    check(
      "person_moves_destination",
      sql`(kind = 'within_district') = (to_municipality_ags is not null) and (kind = 'out_of_district') = (reason is not null)`,
    ),
    index("person_moves_person").on(table.personId, table.movedOn),
  ],
);

/**
 * Two records of one person joined: the survivor takes the other's names as further spellings, its
 * languages and nationalities, the facts it lacked, and its case assignments; the other is kept,
 * marked merged. `survivor_before` and `moved` hold what undoing needs; undoing is possible while
 * the survivor has not changed since.
 */
export const personMerges = pgTable(
  "person_merges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    mergedId: uuid("merged_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    survivorBefore: jsonb("survivor_before").$type<TMergeSnapshot>().notNull(),
    moved: jsonb("moved").$type<TMergeMoved>().notNull(),
    survivorUpdatedAt: timestamp("survivor_updated_at", { withTimezone: true }).notNull(),
    mergedBy: uuid("merged_by").references(() => users.id),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid("undone_by").references(() => users.id),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (table) => [index("person_merges_survivor").on(table.survivorId), index("person_merges_merged").on(table.mergedId)],
);

/**
 * Whose case a person is (ACCESS.md rule 3): an assigned user sees the person wherever they move,
 * until the case is handed over (ended_at set). Case management grows around this table.
 */
export const personAssignments = pgTable(
  "person_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    index("person_assignments_user").on(table.userId).where(sql`ended_at is null`),
    index("person_assignments_person").on(table.personId),
  ],
);
