import { renderFieldMessage } from "../../../../common/platform/field-messages.js";
import type { TEventImportError } from "../../../../common/portal/event-import-schemas.js";
import type { TPortalEvent, TPortalEventContent } from "../../../../common/portal/event-schemas.js";
import { sanitiseDescription } from "../../../offers/directory/sanitise-offer-html.js";
import { toEventColumns } from "../portal-event-records.js";
import type { TImportLanguage, TMappedVevent } from "./map-vevent.js";

export type TImportedEvent = { uid: string; content: TPortalEventContent };

/** What an import does: events to create and to update, how many stay as they are, and the failures. */
export type TImportPlan = {
  creates: TImportedEvent[];
  updates: (TImportedEvent & { eventId: string })[];
  unchanged: number;
  errors: TEventImportError[];
};

/**
 * The columns a calendar supplies, as stored: a re-import compares and overwrites only these (and the
 * German text). Place, organiser, "free" and texts in other languages stay as the editors set them.
 */
export function importedColumnsOf(content: TPortalEventContent) {
  const columns = toEventColumns(content);
  return {
    startsAt: columns.startsAt,
    endsAt: columns.endsAt,
    startsOn: columns.startsOn,
    endsOn: columns.endsOn,
    recurrence: columns.recurrence,
    address: columns.address,
    latitude: columns.latitude,
    longitude: columns.longitude,
    onlineUrl: columns.onlineUrl,
  };
}

function importedFieldsOf(content: TPortalEventContent) {
  const columns = importedColumnsOf(content);
  const german = content.texts.find((text) => text.language === "de");
  return [
    columns.startsAt?.toISOString() ?? null,
    columns.endsAt?.toISOString() ?? null,
    columns.startsOn,
    columns.endsOn,
    columns.recurrence,
    columns.address,
    columns.latitude,
    columns.longitude,
    columns.onlineUrl,
    german?.title ?? "",
    sanitiseDescription(german?.descriptionHtml ?? ""),
  ];
}

function storedFieldsOf(event: TPortalEvent) {
  const german = event.texts.find((text) => text.language === "de");
  return [
    event.startsAt,
    event.endsAt,
    event.startsOn,
    event.endsOn,
    event.recurrence,
    event.address,
    event.latitude,
    event.longitude,
    event.onlineUrl,
    german?.title ?? "",
    german?.descriptionHtml ?? "",
  ];
}

export function isImportUnchanged(event: TPortalEvent, content: TPortalEventContent): boolean {
  return JSON.stringify(storedFieldsOf(event)) === JSON.stringify(importedFieldsOf(content));
}

/**
 * Decides per VEVENT against the owner's earlier imports (by UID): new ones are created, changed ones
 * updated, equal ones left alone. A UID seen before in the same file, a cancelled event and every
 * event that failed to map are reported with their messages.
 */
export function planEventImport(
  mapped: TMappedVevent[],
  existing: Map<string, TPortalEvent>,
  language: TImportLanguage,
): TImportPlan {
  const plan: TImportPlan = { creates: [], updates: [], unchanged: 0, errors: [] };
  const seen = new Set<string>();
  const report = (vevent: TMappedVevent, messages: string[]) =>
    plan.errors.push({ index: vevent.index, uid: vevent.uid, summary: vevent.summary, messages });
  for (const vevent of mapped) {
    if (vevent.kind === "failed") {
      report(vevent, vevent.messages);
      continue;
    }
    if (seen.has(vevent.uid)) {
      report(vevent, [renderFieldMessage("portal_event_import_uid_repeated", language)]);
      continue;
    }
    seen.add(vevent.uid);
    const earlier = existing.get(vevent.uid);
    if (vevent.kind === "cancelled") {
      report(vevent, [
        renderFieldMessage("portal_event_import_cancelled", language),
        ...(earlier ? [renderFieldMessage("portal_event_import_cancelled_existing", language)] : []),
      ]);
    } else if (!earlier) {
      plan.creates.push({ uid: vevent.uid, content: vevent.content });
    } else if (isImportUnchanged(earlier, vevent.content)) {
      plan.unchanged += 1;
    } else {
      plan.updates.push({ uid: vevent.uid, content: vevent.content, eventId: earlier.id });
    }
  }
  return plan;
}
