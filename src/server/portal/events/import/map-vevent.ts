import ICAL from "ical.js";
import type { z } from "zod";
import { renderFieldMessage, type TFieldMessageCode } from "../../../../common/platform/field-messages.js";
import { type TPortalEventContent, ZPortalEventContent } from "../../../../common/portal/event-schemas.js";
import { html } from "../../../arrival/self-registration/html.js";
import { toFieldProblems } from "../../../platform/http/validation.js";
import { readEventTimes } from "./vevent-times.js";

export type TImportLanguage = "de" | "en";

/** One VEVENT read: an event to import, a cancelled one, or one that fails with its messages. */
export type TMappedVevent = { index: number; uid: string | null; summary: string | null } & (
  | { kind: "event"; uid: string; content: TPortalEventContent }
  | { kind: "cancelled"; uid: string }
  | { kind: "failed"; messages: string[] }
);

function readText(event: ICAL.Component, name: string): string | null {
  try {
    const value = event.getFirstPropertyValue(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
  } catch {
    return null;
  }
}

function readGeo(event: ICAL.Component): { latitude: number | null; longitude: number | null } {
  try {
    const value: unknown = event.getFirstPropertyValue("geo");
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number") {
      return { latitude: value[0], longitude: value[1] };
    }
  } catch {
    // An unreadable GEO is left out like a missing one.
  }
  return { latitude: null, longitude: null };
}

/** Plain text as paragraphs (blank lines) with line breaks, every character escaped. */
export function toDescriptionHtml(text: string | null): string {
  if (text === null) return "";
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => html`<p>${paragraph}</p>`.value.replaceAll("\n", "<br>"))
    .join("");
}

/** The iCalendar property a content field comes from, to name it in a message. */
function propertyOf(path: PropertyKey[]): string | null {
  const [field, , textField] = path;
  if (field === "startsAt" || field === "startsOn") return "DTSTART";
  if (field === "endsAt" || field === "endsOn") return "DTEND";
  if (field === "texts") return textField === "descriptionHtml" ? "DESCRIPTION" : "SUMMARY";
  const names: Record<string, string> = {
    recurrence: "RRULE",
    address: "LOCATION",
    onlineUrl: "URL",
    latitude: "GEO",
    longitude: "GEO",
  };
  return typeof field === "string" ? (names[field] ?? null) : null;
}

function describeIssues(issues: z.core.$ZodIssue[], language: TImportLanguage): string[] {
  const problems = toFieldProblems("body", issues, language);
  return issues.map((issue, index) => {
    const property = propertyOf(issue.path);
    const detail = problems[index]?.detail ?? issue.message;
    return property ? `${property}: ${detail}` : detail;
  });
}

/** The series' rule as written; more than one RRULE, or EXDATE/RDATE, fail (our model has neither). */
function readRecurrence(event: ICAL.Component): { rule: string | null } | { code: TFieldMessageCode } {
  const rules = event.getAllProperties("rrule");
  if (rules.length > 1) return { code: "portal_event_import_recurrence_multiple" };
  if (event.hasProperty("exdate") || event.hasProperty("rdate")) {
    return { code: "portal_event_import_recurrence_exceptions" };
  }
  const [rule] = rules;
  if (!rule) return { rule: null };
  return { rule: ICAL.stringify.property(rule.toJSON(), ICAL.design.icalendar, true).replace(/^RRULE:/i, "") };
}

/**
 * Maps one VEVENT to the staff API's event content and validates it with the same schema, so an
 * imported event obeys the same rules as one typed in. The title is German (SUMMARY), the
 * description plain text in paragraphs, LOCATION the address, URL the online link when it is https.
 */
export function mapVevent(
  event: ICAL.Component,
  index: number,
  zones: Map<string, ICAL.Timezone>,
  owner: string | null,
  language: TImportLanguage,
): TMappedVevent {
  const uid = readText(event, "uid");
  const summary = readText(event, "summary");
  const failed = (codes: TFieldMessageCode[]): TMappedVevent => ({
    index,
    uid,
    summary,
    kind: "failed",
    messages: codes.map((code) => renderFieldMessage(code, language)),
  });
  if (event.hasProperty("recurrence-id")) return failed(["portal_event_import_override"]);
  if (uid === null) return failed(["portal_event_import_uid_missing"]);
  if (readText(event, "status")?.toUpperCase() === "CANCELLED") return { index, uid, summary, kind: "cancelled" };
  const times = readEventTimes(event, zones);
  const recurrence = readRecurrence(event);
  if (typeof times === "string" || "code" in recurrence) {
    return failed([...(typeof times === "string" ? [times] : []), ...("code" in recurrence ? [recurrence.code] : [])]);
  }
  const url = readText(event, "url");
  const parsed = ZPortalEventContent.safeParse(
    {
      municipalUnitKey: owner,
      ...times,
      recurrence: recurrence.rule,
      address: readText(event, "location"),
      ...readGeo(event),
      onlineUrl: url?.startsWith("https://") ? url : null,
      texts: [
        { language: "de", title: summary ?? "", descriptionHtml: toDescriptionHtml(readText(event, "description")) },
      ],
    },
    { reportInput: true },
  );
  if (!parsed.success)
    return { index, uid, summary, kind: "failed", messages: describeIssues(parsed.error.issues, language) };
  return { index, uid, summary, kind: "event", content: parsed.data };
}
