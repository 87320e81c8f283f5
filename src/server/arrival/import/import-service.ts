import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type {
  TArrivalImport,
  TImportCommitResult,
  TImportMapping,
  TImportRows,
  TImportRowsQuery,
} from "../../../common/arrival/import-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { ArrivalFileProblem, describeArrivalFileProblem } from "./arrival-file-problems.js";
import { commitStagedRows } from "./commit-import.js";
import { writeErrorReportCsv } from "./error-report-csv.js";
import { auditShownCandidates } from "./import-audit.js";
import { buildHiddenDuplicateReason } from "./import-reasons.js";
import {
  findOwnImport,
  listReportRows,
  listStagedRows,
  loadStagedCells,
  replaceStagedRows,
  toArrivalImport,
} from "./import-store.js";
import { arrivalImports } from "./import-tables.js";
import { readArrivalFile } from "./read-arrival-file.js";
import { resolveShownCandidates } from "./resolve-shown-candidates.js";
import { suggestMapping } from "./suggest-mapping.js";
import { countRows, type TImportScopes, validateImportRows } from "./validate-import.js";

export type TImportServiceOptions = { db: TDb; actor: TAuthenticatedActor; persons: TPersonAccess; language: string };

/**
 * The import wizard's steps for one actor (docs/arrival-import.md). Person data is reached only with
 * the person layer's scopes and audit contexts; an import is the uploader's own.
 */
export function createImportService({ db, actor, persons, language }: TImportServiceOptions) {
  if (actor.kind !== "user") throw new HttpProblem(404, "notFound");
  const userId = actor.userId;
  const scopes: TImportScopes = { create: persons.scopeFor("create"), list: persons.scopeFor("list") };
  const audit = persons.auditFor("create");

  function assertMapping(headers: readonly string[], mapping: TImportMapping): void {
    const errors = Object.entries(mapping).flatMap(([field, heading]) =>
      headers.includes(heading)
        ? []
        : [
            {
              pointer: `/body/mapping/${field}`,
              code: "column_unknown",
              detail: language.startsWith("de")
                ? `Die Datei hat keine Spalte „${heading}“.`
                : `The file has no column “${heading}”.`,
            },
          ],
    );
    if (errors.length > 0) throw new HttpProblem(422, "validation", { errors });
  }

  async function readFile(bytes: Uint8Array, fileName: string) {
    try {
      return await readArrivalFile(bytes, { fileName });
    } catch (error) {
      if (!(error instanceof ArrivalFileProblem)) throw error;
      const detail = describeArrivalFileProblem(error, language.startsWith("de") ? "de" : "en");
      throw new HttpProblem(422, "importFileUnreadable", {
        detail,
        errors: [{ pointer: "/body", code: error.code, detail }],
      });
    }
  }

  return {
    /** Reads the file, suggests a mapping and validates every row with it: the wizard's preview is ready. */
    async upload(bytes: Uint8Array, fileName: string): Promise<TArrivalImport> {
      const file = await readFile(bytes, fileName);
      const mapping = suggestMapping(file.headers);
      return db.transaction(async (tx) => {
        const rows = await validateImportRows(tx, scopes, file, mapping);
        const [created] = await tx
          .insert(arrivalImports)
          .values({
            uploadedBy: userId,
            organisationIds: audit.organisationIds,
            fileName,
            fileSha256: createHash("sha256").update(bytes).digest("hex"),
            format: file.format,
            encoding: file.encoding,
            headers: file.headers,
            mapping,
            suggestedMapping: mapping,
            counts: countRows(rows),
          })
          .returning();
        if (!created) throw new Error("import not stored");
        await replaceStagedRows(tx, created.id, rows);
        await auditShownCandidates(tx, persons.auditFor("list"), created.id);
        await recordAuditEvent(tx, audit, {
          action: "arrival_import.upload",
          subjectType: "arrival_import",
          subjectId: created.id,
          detail: { format: file.format, rows: rows.length },
        });
        return toArrivalImport(tx, created);
      });
    },

    async find(importId: string): Promise<TArrivalImport> {
      return toArrivalImport(db, await findOwnImport(db, importId, userId));
    },

    /** Validates every row again under the user's mapping. */
    async changeMapping(importId: string, mapping: TImportMapping): Promise<TArrivalImport> {
      return db.transaction(async (tx) => {
        const current = await findOwnImport(tx, importId, userId, true);
        if (current.status !== "validated") throw new HttpProblem(409, "importNotOpen");
        assertMapping(current.headers, mapping);
        const cells = await loadStagedCells(tx, importId);
        const rows = await validateImportRows(tx, scopes, { headers: current.headers, rows: cells }, mapping);
        await replaceStagedRows(tx, importId, rows);
        await auditShownCandidates(tx, persons.auditFor("list"), importId);
        const [updated] = await tx
          .update(arrivalImports)
          .set({ mapping, counts: countRows(rows) })
          .where(eq(arrivalImports.id, importId))
          .returning();
        if (!updated) throw new HttpProblem(404, "notFound");
        return toArrivalImport(tx, updated);
      });
    },

    async listRows(importId: string, query: TImportRowsQuery): Promise<TImportRows> {
      return db.transaction(async (tx) => {
        await findOwnImport(tx, importId, userId);
        const page = await listStagedRows(tx, importId, query);
        return { ...page, items: await resolveShownCandidates(tx, persons, importId, page.items) };
      });
    },

    /** The rows a commit leaves out with their reasons in German, as CSV (formulas neutralised). */
    async errorReport(importId: string): Promise<{ fileName: string; csv: string }> {
      const current = await findOwnImport(db, importId, userId);
      const rows = await listReportRows(db, importId);
      const csv = writeErrorReportCsv(
        current.headers,
        rows.map((row) => ({
          rowNumber: row.rowNumber,
          cells: row.cells,
          errors: row.reasons
            .map((reason) =>
              reason.code === "likely_duplicate_in_registry" && row.candidate?.kind === "person"
                ? buildHiddenDuplicateReason(row.candidate.score)
                : reason,
            )
            .map((reason) => (reason.column ? `${reason.column}: ${reason.message.de}` : reason.message.de)),
        })),
      );
      const baseName = current.fileName.replace(/\.[^.]*$/, "") || "import";
      return { fileName: `${baseName}-fehlerbericht.csv`, csv };
    },

    async commit(importId: string, includeLikelyDuplicates: boolean): Promise<TImportCommitResult> {
      return db.transaction(async (tx) => {
        const current = await findOwnImport(tx, importId, userId, true);
        if (current.status !== "validated") throw new HttpProblem(409, "importNotOpen");
        const createdPersons = await commitStagedRows(tx, persons, importId, includeLikelyDuplicates);
        return { import: await toArrivalImport(tx, await findOwnImport(tx, importId, userId)), createdPersons };
      });
    },

    async discard(importId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const current = await findOwnImport(tx, importId, userId, true);
        if (current.status !== "validated") throw new HttpProblem(409, "importNotOpen");
        await tx.update(arrivalImports).set({ status: "discarded" }).where(eq(arrivalImports.id, importId));
        await replaceStagedRows(tx, importId, []);
        await recordAuditEvent(tx, audit, {
          action: "arrival_import.discard",
          subjectType: "arrival_import",
          subjectId: importId,
        });
      });
    },
  };
}

export type TImportService = ReturnType<typeof createImportService>;
