import ical, { ICalEventStatus } from "ical-generator";
import type { TAppointment } from "../../../common/counselling/appointment-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { auditAppointment } from "./appointment-audit.js";
import { readAppointmentWithin } from "./person-appointments.js";

/**
 * The appointment as an iCalendar file (RFC 5545) for the staff member's calendar. Times are
 * written in UTC (DTSTART:…Z), which every calendar shows in its own zone, so no VTIMEZONE is
 * needed. It carries only the title and the place: no person, no note, no interpreter language
 * (which hints at origin), because calendar entries end up on phones and shared calendars.
 * SEQUENCE follows the version, so a later download updates the entry; a cancelled one says so.
 */
export function buildAppointmentIcs(appointment: TAppointment, now = new Date()): string {
  const calendar = ical({ prodId: { company: "KommMit", product: "KommMit", language: "DE" } });
  calendar.createEvent({
    id: `${appointment.id}@kommmit`,
    sequence: appointment.version,
    stamp: now,
    start: new Date(appointment.startsAt),
    end: new Date(appointment.endsAt),
    summary: appointment.title,
    location: appointment.location,
    status: appointment.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** Reads the appointment within the scope, audits the download and answers the file's text. */
export function exportAppointmentIcs(db: TDb, scope: TCounsellingScope, appointmentId: string) {
  return db.transaction(async (tx) => {
    const appointment = await readAppointmentWithin(tx, scope, appointmentId);
    await auditAppointment(tx, scope, "appointment.read", appointment, { part: "ics" });
    return { appointment, ics: buildAppointmentIcs(appointment) };
  });
}
