import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { organisationKinds } from "../platform/organisations.js";

export const caseStatuses = ["open", "active", "dormant", "closed", "reopened"] as const;
export type TCaseStatus = (typeof caseStatuses)[number];

/**
 * The one place that says which status may follow which. A reopened case behaves like an active
 * one; a closed case can only be reopened.
 */
export const caseTransitions: Record<TCaseStatus, readonly TCaseStatus[]> = {
  open: ["active", "dormant", "closed"],
  active: ["dormant", "closed"],
  dormant: ["active", "closed"],
  closed: ["reopened"],
  reopened: ["dormant", "closed"],
};

export function isCaseTransitionAllowed(from: TCaseStatus, to: TCaseStatus): boolean {
  return caseTransitions[from].includes(to);
}

export const caseCloseReasons = [
  "goals_reached",
  "no_longer_needed",
  "moved_away",
  "no_contact",
  "declined_by_person",
  "other",
] as const;
export type TCaseCloseReason = (typeof caseCloseReasons)[number];

export const ZCaseReasonText = z.string().trim().min(1).max(2000).nullable().default(null);

/** A status change: closing needs a reason from the list; the text is optional. */
export const ZCaseStatusChange = z
  .strictObject({
    to: z.enum(caseStatuses),
    closeReason: z.enum(caseCloseReasons).nullable().default(null),
    reasonText: ZCaseReasonText,
  })
  .superRefine((change, context) => {
    if (change.to === "closed" && change.closeReason === null) {
      addFieldIssue(context, "case_close_reason_required", ["closeReason"], change.closeReason);
    }
    if (change.to !== "closed" && change.closeReason !== null) {
      addFieldIssue(context, "case_close_reason_only_when_closing", ["closeReason"], change.closeReason);
    }
  });
export type TCaseStatusChange = z.output<typeof ZCaseStatusChange>;

export const ZCaseOpening = z.strictObject({
  /** The desk taking the case: one of the actor's own organisations; the first that reaches the person when omitted. */
  deskOrganisationId: z.uuid().optional(),
  assigneeUserId: z.uuid().nullable().default(null),
});
export type TCaseOpening = z.output<typeof ZCaseOpening>;

export const ZCaseAssignment = z.strictObject({ assigneeUserId: z.uuid().nullable() });
export type TCaseAssignment = z.output<typeof ZCaseAssignment>;

export const ZDesk = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    workers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  })
  .meta({ id: "CounsellingDesk" });
export type TDesk = z.infer<typeof ZDesk>;

export const ZCaseStatusHistoryEntry = z.object({
  id: z.uuid(),
  fromStatus: z.enum(caseStatuses).nullable(),
  toStatus: z.enum(caseStatuses),
  closeReason: z.enum(caseCloseReasons).nullable(),
  reasonText: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});
export type TCaseStatusHistoryEntry = z.infer<typeof ZCaseStatusHistoryEntry>;

export const caseActions = ["change_status", "assign", "hand_over", "write_note"] as const;
export type TCaseAction = (typeof caseActions)[number];

export const ZCase = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    status: z.enum(caseStatuses),
    desk: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) }),
    assignee: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    openedAt: z.string(),
    history: z.array(ZCaseStatusHistoryEntry),
    /** The handover waiting for the receiving desk, if any. */
    pendingHandoverId: z.uuid().nullable(),
    allowedActions: z.array(z.enum(caseActions)),
  })
  .meta({ id: "CounsellingCase" });
export type TCase = z.infer<typeof ZCase>;

/** The person's case: the one not closed, else the latest closed one; none yet is null. */
export const ZPersonCase = z
  .object({
    case: ZCase.nullable(),
    canOpen: z.boolean(),
    /** A handover of the person's case to one of the actor's desks waits: the case shows once it is accepted. */
    hasHandoverToActor: z.boolean(),
  })
  .meta({ id: "CounsellingPersonCase" });
export type TPersonCase = z.infer<typeof ZPersonCase>;
