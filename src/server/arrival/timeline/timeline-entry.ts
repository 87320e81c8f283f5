import { consentChannels, consentPurposes } from "../../../common/arrival/consent.js";
import { moveKinds } from "../../../common/arrival/person.js";
import type { TTimelineEntry, TTimelineKind } from "../../../common/arrival/timeline-schemas.js";
import { caseCloseReasons, caseStatuses } from "../../../common/counselling/case-schemas.js";
import { providerTypes } from "../../../common/platform/organisations.js";

/** The integration plan's write events (counselling) that the person's history shows. */
export const integrationPlanTimelineActions = [
  "integration_plan.create",
  "integration_plan.agree",
  "integration_plan.update",
  "integration_plan.review",
] as const;

const planKinds = {
  "integration_plan.create": "plan_created",
  "integration_plan.agree": "plan_agreed",
  "integration_plan.update": "plan_changed",
  "integration_plan.review": "plan_reviewed",
} as const satisfies Record<(typeof integrationPlanTimelineActions)[number], TTimelineKind>;

/** Tasks and appointments (counselling) in the person's history: created, done, planned, cancelled. */
export const taskAndAppointmentTimelineActions = [
  "task.create",
  "task.complete",
  "appointment.create",
  "appointment.cancel",
] as const;

const taskAndAppointmentKinds = {
  "task.create": "task_created",
  "task.complete": "task_done",
  "appointment.create": "appointment_planned",
  "appointment.cancel": "appointment_cancelled",
} as const satisfies Record<(typeof taskAndAppointmentTimelineActions)[number], TTimelineKind>;

/** One row of the timeline query: an audit write event of the person, or one of their consent records. */
export type TTimelineRow = {
  id: string;
  source: "audit" | "consent";
  action: string;
  occurred_at: Date | string;
  actor_name: string | null;
  detail: Record<string, unknown>;
  person_id: string;
  has_note: boolean;
  purpose: string | null;
  channel: string | null;
  consent_kind: string | null;
  recipient_organisation_count: number | null;
  recipient_provider_types: string[] | null;
};

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A correction that set the first contact is shown as the first contact; household changes are their own kind. */
function kindOfUpdate(fields: string[]): { kind: TTimelineKind; fields: string[] } {
  if (fields.length === 1 && fields[0] === "household") return { kind: "household_changed", fields: [] };
  if (fields.includes("firstContactOn")) {
    return { kind: "first_contact", fields: fields.filter((field) => field !== "firstContactOn") };
  }
  return { kind: "corrected", fields };
}

/** A plan change names its part and fields as "goal.status"; the part alone for an addition ("measure.added"). */
function planFieldsOf(detail: Record<string, unknown>): string[] {
  const part = textOrNull(detail.part);
  if (part === null) return [];
  if (detail.kind === "added") return [`${part}.added`];
  return stringsOf(detail.fields).map((field) => `${part}.${field}`);
}

function base(row: TTimelineRow, kind: TTimelineKind): TTimelineEntry {
  const occurredAt = row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at);
  return {
    id: row.id,
    kind,
    occurredAt: occurredAt.toISOString(),
    actorName: row.actor_name,
    fields: [],
    move: null,
    mergeRole: null,
    consent: null,
    caseWork: null,
  };
}

const handoverKinds: Record<string, TTimelineKind> = {
  "counselling_handover.create": "handover_started",
  "counselling_handover.accept": "handover_accepted",
  "counselling_handover.decline": "handover_declined",
  "counselling_handover.withdraw": "handover_withdrawn",
};

/** Case work as the timeline shows it: statuses, reasons from the list, the confidential flag; no text. */
function toCaseWorkEntry(row: TTimelineRow): TTimelineEntry | undefined {
  const caseWork = { fromStatus: null, toStatus: null, closeReason: null, isConfidential: false };
  switch (row.action) {
    case "counselling_case.open":
      return { ...base(row, "case_opened"), caseWork: { ...caseWork, toStatus: "open" } };
    case "counselling_case.status_change":
      return {
        ...base(row, "case_status_changed"),
        caseWork: {
          ...caseWork,
          fromStatus: oneOf(caseStatuses, row.detail.from) ?? null,
          toStatus: oneOf(caseStatuses, row.detail.to) ?? null,
          closeReason: oneOf(caseCloseReasons, row.detail.closeReason) ?? null,
        },
      };
    case "counselling_note.create":
      return {
        ...base(row, "note_added"),
        caseWork: { ...caseWork, isConfidential: row.detail.isConfidential === true },
      };
    default: {
      const kind = handoverKinds[row.action];
      return kind ? base(row, kind) : undefined;
    }
  }
}

/** Only what the timeline may show: field names, the kind of a move, never another person's data. */
export function toTimelineEntry(row: TTimelineRow): TTimelineEntry | undefined {
  if (row.source === "consent") {
    const kind = oneOf(["consent_granted", "consent_refused", "consent_withdrawn"] as const, row.consent_kind);
    const purpose = oneOf(consentPurposes, row.purpose);
    const channel = oneOf(consentChannels, row.channel);
    if (!kind || !purpose || !channel) return undefined;
    return {
      ...base(row, kind),
      consent: {
        purpose,
        channel,
        recipientOrganisationCount: row.recipient_organisation_count ?? 0,
        recipientProviderTypes: (row.recipient_provider_types ?? []).flatMap(
          (type) => oneOf(providerTypes, type) ?? [],
        ),
      },
    };
  }
  switch (row.action) {
    case "person.create":
      return { ...base(row, "registered"), fields: stringsOf(row.detail.fields) };
    case "person.update": {
      const { kind, fields } = kindOfUpdate(stringsOf(row.detail.fields));
      return { ...base(row, kind), fields };
    }
    case "person.move": {
      const kind = oneOf(moveKinds, row.detail.kind);
      if (!kind) return undefined;
      return {
        ...base(row, "moved"),
        move: {
          kind,
          fromMunicipalityAgs: textOrNull(row.detail.from),
          toMunicipalityAgs: textOrNull(row.detail.to),
          hasNote: row.has_note,
        },
      };
    }
    case "person.merge":
    case "person.merge_undo":
      return {
        ...base(row, row.action === "person.merge" ? "merged" : "merge_undone"),
        mergeRole: row.detail.survivorId === row.person_id ? "survivor" : "merged",
      };
    case "assessment.start":
      return base(row, "assessment_started");
    case "assessment.complete":
      return base(row, "assessment_completed");
    case "integration_plan.create":
    case "integration_plan.agree":
    case "integration_plan.update":
    case "integration_plan.review":
      return { ...base(row, planKinds[row.action]), fields: planFieldsOf(row.detail) };
    case "task.create":
    case "task.complete":
    case "appointment.create":
    case "appointment.cancel":
      return base(row, taskAndAppointmentKinds[row.action]);
    default:
      return toCaseWorkEntry(row);
  }
}
