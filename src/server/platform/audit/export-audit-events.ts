import { lte, sql } from "drizzle-orm";
import type { TAuditEventFilters, TAuditSortOrder } from "../../../common/platform/audit-schemas.js";
import { csvByteOrderMark, formatCsvRow } from "../csv/csv-writer.js";
import type { TDbExecutor } from "../db/database.js";
import {
  buildAfterCondition,
  buildAuditEventConditions,
  findOrganisationNames,
  selectAuditEvents,
} from "./audit-event-queries.js";
import { auditExportColumns } from "./audit-export-columns.js";
import { auditEvents } from "./audit-tables.js";

type TExportOptions = {
  filters: TAuditEventFilters;
  sort: TAuditSortOrder;
  language: "de" | "en";
  batchSize?: number;
};

/**
 * The filtered trail as CSV text, produced a batch at a time (keyset by position) while the
 * response streams, so an export of millions of rows never sits in memory. It ends at the head
 * seen when it began: the trail only grows at the end, so this is a consistent cut without holding
 * a transaction open.
 */
export async function* exportAuditEvents(db: TDbExecutor, options: TExportOptions): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? 1000;
  const head = await db.execute<{ head: string | null }>(sql`select max(position) as head from audit_events`);
  const headPosition = Number(head.rows[0]?.head ?? 0);
  const conditions = buildAuditEventConditions(options.filters);
  yield csvByteOrderMark + formatCsvRow(auditExportColumns.map((column) => column.header[options.language]));
  let cursor = options.sort === "newest" ? headPosition + 1 : 0;
  while (true) {
    const rows = await selectAuditEvents(db, {
      conditions: [...conditions, buildAfterCondition(options.sort, cursor), lte(auditEvents.position, headPosition)],
      sort: options.sort,
      limit: batchSize,
    });
    if (rows.length === 0) return;
    const names = new Map(
      (await findOrganisationNames(db, rows)).map((organisation) => [organisation.id, organisation.name]),
    );
    yield rows.map((row) => formatCsvRow(auditExportColumns.map((column) => column.value(row, names)))).join("");
    cursor = rows.at(-1)?.position ?? cursor;
    if (rows.length < batchSize) return;
  }
}
