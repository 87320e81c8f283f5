import { sql } from "drizzle-orm";
import type { TDbExecutor } from "../db/database.js";

/** What the chain's first row links to (migration audit_chain). */
export const genesisHash = "0".repeat(64);

export type TAuditTrailProblem =
  /** A position is missing: a row was deleted (or the first rows were). */
  | "missing_position"
  /** The row's contents no longer give its stored hash: it was changed. */
  | "hash_mismatch"
  /** The row's previous_hash is not the hash of the row before: rows were changed, removed or re-chained. */
  | "broken_link"
  /** The anchored position no longer holds the anchored hash (or no longer exists): history was rewritten. */
  | "anchor_mismatch";

export type TAuditTrailReport = {
  checkedCount: number;
  /** The last row checked; 0 and the genesis hash for an empty trail. */
  headPosition: number;
  headHash: string;
  firstBrokenPosition?: number;
  problem?: TAuditTrailProblem;
};

/** A head hash kept outside the database earlier (see docs/audit.md): it must still be in the chain. */
export type TAuditAnchor = { position: number; hash: string };

type TVerifyOptions = { batchSize?: number; anchor?: TAuditAnchor };

type TCheckedRow = { position: string; previous_hash: string; hash: string; is_hash_valid: boolean };

/**
 * Walks the whole chain in position order, a batch at a time (keyset, so millions of rows never
 * sit in memory at once), recomputing each row's hash in SQL with the same function the insert
 * trigger uses. Stops at the first broken row. Stops at the head seen when it began: rows appended
 * meanwhile are left for the next run. Writers commit in position order (they take turns on one
 * lock), so no snapshot is needed: the rows up to that head cannot change under an intact trigger.
 */
export async function verifyAuditTrail(db: TDbExecutor, options: TVerifyOptions = {}): Promise<TAuditTrailReport> {
  const batchSize = options.batchSize ?? 5000;
  const headResult = await db.execute<{ head: string | null }>(sql`select max(position) as head from audit_events`);
  const lastPosition = Number(headResult.rows[0]?.head ?? 0);
  let report: TAuditTrailReport = { checkedCount: 0, headPosition: 0, headHash: genesisHash };
  while (report.headPosition < lastPosition) {
    const batch = await db.execute<TCheckedRow>(sql`
      select position, previous_hash, hash, hash = audit_event_hash(e) as is_hash_valid
      from audit_events e
      where position > ${report.headPosition} and position <= ${lastPosition}
      order by position
      limit ${batchSize}`);
    if (batch.rows.length === 0)
      return { ...report, firstBrokenPosition: report.headPosition + 1, problem: "missing_position" };
    for (const row of batch.rows) {
      const problem = findRowProblem(row, report);
      if (problem) return { ...report, firstBrokenPosition: report.headPosition + 1, problem };
      report = { checkedCount: report.checkedCount + 1, headPosition: Number(row.position), headHash: row.hash };
    }
  }
  if (options.anchor && !(await isAnchorIntact(db, options.anchor, report))) {
    return { ...report, firstBrokenPosition: options.anchor.position, problem: "anchor_mismatch" };
  }
  return report;
}

function findRowProblem(row: TCheckedRow, before: TAuditTrailReport): TAuditTrailProblem | undefined {
  if (Number(row.position) !== before.headPosition + 1) return "missing_position";
  if (!row.is_hash_valid) return "hash_mismatch";
  if (row.previous_hash !== before.headHash) return "broken_link";
  return undefined;
}

async function isAnchorIntact(db: TDbExecutor, anchor: TAuditAnchor, report: TAuditTrailReport): Promise<boolean> {
  if (anchor.position > report.headPosition) return false;
  if (anchor.position === report.headPosition) return anchor.hash === report.headHash;
  const result = await db.execute<{ hash: string }>(
    sql`select hash from audit_events where position = ${anchor.position}`,
  );
  return result.rows[0]?.hash === anchor.hash;
}

/** One line an operator can act on, naming the first broken position. */
export function describeAuditTrailReport(report: TAuditTrailReport): string {
  const head = `head position ${report.headPosition}, head hash ${report.headHash}`;
  if (!report.problem) return `Audit trail intact: ${report.checkedCount} events checked; ${head}`;
  const position = report.firstBrokenPosition;
  const reasons: Record<TAuditTrailProblem, string> = {
    missing_position: `position ${position} is missing (an event was deleted)`,
    hash_mismatch: `the event at position ${position} was changed (its hash no longer matches its contents)`,
    broken_link: `the event at position ${position} does not link to the event before it`,
    anchor_mismatch: `the anchored hash at position ${position} is no longer in the chain (history was rewritten)`,
  };
  return `Audit trail BROKEN at position ${position}: ${reasons[report.problem]}. Checked ${report.checkedCount} events before it; last good ${head}`;
}
