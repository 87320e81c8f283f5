import type { TEventImportResult } from "../../../../common/portal/event-import-schemas.js";
import type { TDb } from "../../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../../platform/http/problems.js";
import { auditEventChange, isEventOwnerInReach, type TPortalEventCaller } from "../portal-event-caller.js";
import { resolveEventOwner } from "../save-portal-event.js";
import { fetchCalendar, type TCalendarFetchOptions } from "./fetch-calendar.js";
import { findImportedEvents, insertImportedEvents, updateImportedEvents } from "./imported-event-records.js";
import { mapVevent, type TImportLanguage } from "./map-vevent.js";
import { planEventImport } from "./plan-event-import.js";
import { readCalendar } from "./read-calendar.js";

export type TEventImportSource = { kind: "file"; bytes: Buffer } | { kind: "url"; url: string };

export type TEventImportRequest = {
  /** A municipal unit key or "district". */
  owner: string;
  dryRun: boolean;
  language: TImportLanguage;
  source: TEventImportSource;
};

function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "23505";
}

/**
 * Imports a calendar's VEVENTs for one owner within the editor's reach: new UIDs become drafts,
 * changed ones are updated at a new version (status kept), equal ones stay. All writes and one
 * audit event (counts and source, never texts) in one transaction; a dry run writes nothing.
 */
export async function importPortalEvents(
  db: TDb,
  caller: TPortalEventCaller,
  request: TEventImportRequest,
  fetchOptions: TCalendarFetchOptions,
): Promise<TEventImportResult> {
  const owner = request.owner === "district" ? null : request.owner;
  if (!isEventOwnerInReach(caller, "import", owner)) {
    throw new FieldRuleViolation([{ pointer: "/query/owner", code: "portal_event_unit_out_of_reach" }]);
  }
  const { source } = request;
  const bytes = source.kind === "file" ? source.bytes : await fetchCalendar(source.url, fetchOptions);
  const calendar = readCalendar(bytes, source.kind === "file" ? "/body" : "/body/url");
  const mapped = calendar.events.map((event, index) =>
    mapVevent(event, index, calendar.zones, owner, request.language),
  );
  const uids = [...new Set(mapped.flatMap((vevent) => (vevent.kind === "failed" ? [] : [vevent.uid])))];
  try {
    return await db.transaction(async (tx) => {
      const districtAgs = await resolveEventOwner(tx, caller, owner, { action: "import", pointer: "/query/owner" });
      const importOwner = { districtAgs, municipalUnitKey: owner };
      const existing = await findImportedEvents(tx, importOwner, uids, !request.dryRun);
      const plan = planEventImport(mapped, existing, request.language);
      const result: TEventImportResult = {
        dryRun: request.dryRun,
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
        failed: plan.errors.length,
        errors: plan.errors,
      };
      if (request.dryRun) return result;
      const importedFrom = source.kind === "file" ? "file" : source.url;
      await insertImportedEvents(tx, caller, importOwner, importedFrom, plan.creates);
      await updateImportedEvents(tx, caller, importedFrom, plan.updates);
      await auditEventChange(tx, caller, "portal_event.import", undefined, {
        owner: request.owner,
        source: source.kind,
        ...(source.kind === "url" ? { host: new URL(source.url).host } : {}),
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        failed: result.failed,
      });
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpProblem(409, "changedMeanwhile");
    throw error;
  }
}
