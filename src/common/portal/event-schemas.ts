import { z } from "zod";
import { offerTextLanguages } from "../offers/offer.js";
import { addFieldIssue } from "../platform/field-messages.js";
import { parseRecurrenceRule } from "./recurrence-rule.js";

export const portalEventStatuses = ["draft", "published"] as const;
export type TPortalEventStatus = (typeof portalEventStatuses)[number];

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null);

export const ZPortalEventText = z.strictObject({
  language: z.enum(offerTextLanguages),
  title: z.string().trim().min(1).max(200),
  /** Simple HTML (paragraphs, lists, emphasis, links); the server sanitises it before storing. */
  descriptionHtml: z.string().trim().max(10_000).default(""),
});

/** An event as the editor states it. Timed (startsAt/endsAt) or all-day (startsOn/endsOn), never both. */
const ZPortalEventContentFields = z.strictObject({
  /** The municipal unit the event belongs to; null: district-wide. */
  municipalUnitKey: z.string().trim().min(1).max(12).nullable(),
  startsAt: z.iso.datetime({ offset: true }).nullable().default(null),
  endsAt: z.iso.datetime({ offset: true }).nullable().default(null),
  startsOn: z.iso.date().nullable().default(null),
  endsOn: z.iso.date().nullable().default(null),
  /** An RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10 (see recurrence-rule.ts). */
  recurrence: ZOptionalText(300),
  address: ZOptionalText(300),
  placeId: z.uuid().nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  organiser: ZOptionalText(200),
  isFree: z.boolean().default(true),
  texts: z.array(ZPortalEventText).min(1).max(offerTextLanguages.length),
});
type TPortalEventContentFields = z.output<typeof ZPortalEventContentFields>;

export function checkPortalEventContent(value: TPortalEventContentFields, context: z.core.$RefinementCtx): void {
  const isTimed = value.startsAt !== null || value.endsAt !== null;
  const isAllDay = value.startsOn !== null || value.endsOn !== null;
  if (isTimed === isAllDay) addFieldIssue(context, "portal_event_time_kind", ["startsAt"], value.startsAt);
  if (isTimed && (value.startsAt === null || value.endsAt === null)) {
    addFieldIssue(context, "portal_event_time_incomplete", [value.startsAt === null ? "startsAt" : "endsAt"], null);
  }
  if (value.startsAt && value.endsAt && new Date(value.endsAt) < new Date(value.startsAt)) {
    addFieldIssue(context, "portal_event_ends_before_start", ["endsAt"], value.endsAt);
  }
  if (isAllDay && (value.startsOn === null || value.endsOn === null)) {
    addFieldIssue(context, "portal_event_time_incomplete", [value.startsOn === null ? "startsOn" : "endsOn"], null);
  }
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    addFieldIssue(context, "portal_event_ends_before_start", ["endsOn"], value.endsOn);
  }
  if (value.recurrence !== null && !parseRecurrenceRule(value.recurrence).ok) {
    addFieldIssue(context, "portal_event_recurrence_unsupported", ["recurrence"], value.recurrence);
  }
  if ((value.latitude === null) !== (value.longitude === null)) {
    addFieldIssue(
      context,
      "portal_event_coordinates_incomplete",
      [value.latitude === null ? "latitude" : "longitude"],
      null,
    );
  }
  const languages = value.texts.map((text) => text.language);
  if (!languages.includes("de")) addFieldIssue(context, "portal_event_german_text_required", ["texts"], languages);
  if (new Set(languages).size !== languages.length) {
    addFieldIssue(context, "portal_event_text_duplicate", ["texts"], languages);
  }
}

export const ZPortalEventContent = ZPortalEventContentFields.superRefine(checkPortalEventContent);
export type TPortalEventContent = z.output<typeof ZPortalEventContent>;

export const ZPortalEventUpdate = ZPortalEventContentFields.extend({ version: z.number().int().min(1) }).superRefine(
  checkPortalEventContent,
);
export type TPortalEventUpdate = z.output<typeof ZPortalEventUpdate>;

export const ZPortalEventVersion = z.strictObject({ version: z.number().int().min(1) });
export const ZPortalEventVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export const ZPortalEventIdParams = z.strictObject({ id: z.uuid() });

/** An event as the API answers it (plain output types, no input transforms). */
export const ZPortalEvent = z.object({
  id: z.uuid(),
  municipalUnitKey: z.string().nullable(),
  status: z.enum(portalEventStatuses),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  recurrence: z.string().nullable(),
  address: z.string().nullable(),
  placeId: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  onlineUrl: z.string().nullable(),
  organiser: z.string().nullable(),
  isFree: z.boolean(),
  texts: z.array(z.object({ language: z.enum(offerTextLanguages), title: z.string(), descriptionHtml: z.string() })),
  importedFrom: z.string().nullable(),
  importUid: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TPortalEvent = z.infer<typeof ZPortalEvent>;

export const ZPortalEventQuery = z.strictObject({
  /** A municipal unit key, or "district" for district-wide events; omitted: all within reach. */
  owner: z.string().trim().min(1).max(12).optional(),
  status: z.enum(portalEventStatuses).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TPortalEventQuery = z.infer<typeof ZPortalEventQuery>;

export const ZPortalEventPage = z.object({
  items: z.array(ZPortalEvent),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TPortalEventPage = z.infer<typeof ZPortalEventPage>;

export const ZOccurrenceRange = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});

export const ZPortalEventOccurrence = z.object({
  eventId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  isAllDay: z.boolean(),
  title: z.string(),
});
export type TPortalEventOccurrence = z.infer<typeof ZPortalEventOccurrence>;
export const ZPortalEventOccurrences = z.object({ items: z.array(ZPortalEventOccurrence) });
