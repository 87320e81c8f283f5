import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  importRowStatuses,
  importStatuses,
  type TImportCandidate,
  type TImportCounts,
  type TImportMapping,
  type TImportReason,
  type TImportRowStatus,
  type TImportStatus,
} from "../../../common/arrival/import-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { persons } from "../arrival-tables.js";
import type { TStagedRecord } from "./staged-record.js";

/**
 * One uploaded arrival list (docs/arrival-import.md): the file's identity, its headings, the mapping
 * in force and the counts of the last validation. The rows are staged in arrival_import_rows until
 * the import is committed or discarded; the uploader alone works on it.
 */
export const arrivalImports = pgTable(
  "arrival_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    /** The uploader's organisations at upload, for "this file was committed before" among colleagues. */
    organisationIds: uuid("organisation_ids").array().notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    format: text("format").$type<"csv" | "xlsx">().notNull(),
    encoding: text("encoding"),
    headers: text("headers").array().notNull(),
    mapping: jsonb("mapping").$type<TImportMapping>().notNull(),
    suggestedMapping: jsonb("suggested_mapping").$type<TImportMapping>().notNull(),
    status: text("status").$type<TImportStatus>().notNull().default("validated"),
    counts: jsonb("counts").$type<TImportCounts>().notNull(),
    createdPersons: integer("created_persons"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
  },
  (table) => [
    check("arrival_imports_status", buildOneOfCheck("status", importStatuses)),
    check("arrival_imports_format", buildOneOfCheck("format", ["csv", "xlsx"])),
    index("arrival_imports_uploader").on(table.uploadedBy, table.createdAt),
    index("arrival_imports_file").on(table.fileSha256),
  ],
);

/**
 * The rows of an import as read and validated: the original cells (for the preview and the error
 * report), the outcome, and for importable rows the person columns ready for one INSERT … SELECT,
 * with the id the person will get.
 */
export const arrivalImportRows = pgTable(
  "arrival_import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => arrivalImports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    cells: text("cells").array().notNull(),
    status: text("status").$type<TImportRowStatus>().notNull(),
    reasons: jsonb("reasons").$type<TImportReason[]>().notNull().default(sql`'[]'::jsonb`),
    candidate: jsonb("candidate").$type<TImportCandidate>(),
    record: jsonb("record").$type<TStagedRecord>(),
    fingerprint: text("fingerprint"),
    personId: uuid("person_id").notNull().defaultRandom(),
  },
  (table) => [
    primaryKey({ columns: [table.importId, table.rowNumber] }),
    check("arrival_import_rows_status", buildOneOfCheck("status", importRowStatuses)),
    index("arrival_import_rows_status").on(table.importId, table.status),
  ],
);

/**
 * Idempotency: the fingerprint (SHA-256 of the normalised mapped row) of every person an import
 * created. A row whose fingerprint is here is "already imported" and never created again.
 */
export const arrivalImportPersons = pgTable(
  "arrival_import_persons",
  {
    fingerprint: text("fingerprint").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    importId: uuid("import_id").references(() => arrivalImports.id, { onDelete: "set null" }),
  },
  (table) => [index("arrival_import_persons_person").on(table.personId)],
);
