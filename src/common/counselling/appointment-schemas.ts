import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { isKnownLanguage } from "../platform/iso-codes.js";

/** Where an appointment takes place: in person (at a place), by phone or by video. */
export const appointmentKinds = ["in_person", "phone", "video"] as const;
export type TAppointmentKind = (typeof appointmentKinds)[number];

export const appointmentStatuses = ["planned", "done", "cancelled", "missed"] as const;
export type TAppointmentStatus = (typeof appointmentStatuses)[number];

export const appointmentRecordActions = ["update"] as const;
export type TAppointmentRecordAction = (typeof appointmentRecordActions)[number];

/** An instant with its offset (2025-07-01T10:00:00+02:00 or …Z); anything else is "date_time_invalid". */
const ZInstant = z.string().superRefine((value, context) => {
  if (!z.iso.datetime({ offset: true }).safeParse(value).success)
    addFieldIssue(context, "date_time_invalid", [], value);
});

const ZAppointmentTitle = z
  .string()
  .trim()
  .max(200)
  .superRefine((value, context) => {
    if (value === "") addFieldIssue(context, "appointment_title_required", [], value);
  });

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable();

/** An ISO 639 language the interpreter speaks, as Intl.DisplayNames knows them. */
const ZInterpreterLanguage = z
  .string()
  .trim()
  .superRefine((value, context) => {
    if (!isKnownLanguage(value)) addFieldIssue(context, "language_unknown", [], value);
  })
  .nullable();

function checkEndAfterStart(value: { startsAt?: string; endsAt?: string }, context: z.core.$RefinementCtx): void {
  const { startsAt, endsAt } = value;
  if (startsAt === undefined || endsAt === undefined) return;
  const [start, end] = [Date.parse(startsAt), Date.parse(endsAt)];
  if (Number.isNaN(start) || Number.isNaN(end)) return;
  if (end <= start) addFieldIssue(context, "appointment_end_before_start", ["endsAt"], endsAt);
}

const appointmentFields = {
  startsAt: ZInstant,
  endsAt: ZInstant,
  kind: z.enum(appointmentKinds),
  /** The place (address, room), or the phone number or video link to use; optional. */
  location: ZOptionalText(300),
  title: ZAppointmentTitle,
  note: ZOptionalText(2000),
  /** The staff member the person meets; null means the one who plans it. */
  staffUserId: z.uuid().nullable(),
  interpreterLanguage: ZInterpreterLanguage,
};

export const ZAppointmentInput = z
  .strictObject({
    ...appointmentFields,
    location: appointmentFields.location.default(null),
    note: appointmentFields.note.default(null),
    staffUserId: appointmentFields.staffUserId.default(null),
    interpreterLanguage: appointmentFields.interpreterLanguage.default(null),
  })
  .superRefine(checkEndAfterStart);
export type TAppointmentInput = z.output<typeof ZAppointmentInput>;

export const ZAppointmentPatch = z
  .strictObject({
    version: z.number().int().min(1),
    ...appointmentFields,
    status: z.enum(appointmentStatuses),
  })
  .partial({
    startsAt: true,
    endsAt: true,
    kind: true,
    location: true,
    title: true,
    note: true,
    staffUserId: true,
    interpreterLanguage: true,
    status: true,
  })
  .superRefine(checkEndAfterStart);
export type TAppointmentPatch = z.output<typeof ZAppointmentPatch>;

export const ZAppointmentId = z.strictObject({ appointmentId: z.uuid() });

export const ZAppointment = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    startsAt: z.string(),
    endsAt: z.string(),
    kind: z.enum(appointmentKinds),
    location: z.string().nullable(),
    title: z.string(),
    note: z.string().nullable(),
    staff: z.object({ id: z.uuid(), displayName: z.string() }),
    interpreterLanguage: z.string().nullable(),
    status: z.enum(appointmentStatuses),
    /** Ends before now. */
    isPast: z.boolean(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    version: z.number().int(),
    allowedActions: z.array(z.enum(appointmentRecordActions)),
  })
  .meta({ id: "Appointment" });
export type TAppointment = z.infer<typeof ZAppointment>;

/** A person's appointments: upcoming ones soonest first, then past ones latest first. */
export const ZAppointmentList = z
  .object({ upcoming: z.array(ZAppointment), past: z.array(ZAppointment) })
  .meta({ id: "AppointmentList" });
export type TAppointmentList = z.infer<typeof ZAppointmentList>;
