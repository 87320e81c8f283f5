import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TOfferCaller } from "./offer-caller.js";

export type TOfferAuditAction =
  | "offer.create"
  | "offer.update"
  | "offer.submit"
  | "offer.approve"
  | "offer.reject"
  | "offer.withdraw"
  | "offer.free_places";

/** A change in the directory, in the change's transaction: the offer, the revision and field names, never texts. */
export function auditOfferChange(
  executor: TDbExecutor,
  caller: TOfferCaller,
  action: TOfferAuditAction,
  offerId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return recordAuditEvent(executor, caller.audit, { action, subjectType: "offer", subjectId: offerId, detail });
}
