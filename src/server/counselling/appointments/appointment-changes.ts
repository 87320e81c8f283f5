import { and, eq, sql } from "drizzle-orm";
import type { TAppointment, TAppointmentPatch } from "../../../common/counselling/appointment-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { auditAppointment } from "./appointment-audit.js";
import { counsellingAppointments } from "./appointment-tables.js";
import { assertStaff, readAppointmentWithin } from "./person-appointments.js";

/** The appointment, locked, at the version the client read: out of scope 404, written since 409. */
async function lockAppointment(tx: TDbExecutor, scope: TCounsellingScope, appointmentId: string, version: number) {
  const [row] = await tx
    .select({ appointment: counsellingAppointments })
    .from(counsellingAppointments)
    .innerJoin(persons, eq(persons.id, counsellingAppointments.personId))
    .where(and(eq(counsellingAppointments.id, appointmentId), scope.scopeFor("update")))
    .for("update", { of: counsellingAppointments });
  if (!row) throw new HttpProblem(404, "notFound");
  if (row.appointment.version !== version) throw new HttpProblem(409, "changedMeanwhile");
  return row.appointment;
}

/** Times compare by their instant, everything else by value. */
function comparable(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : value;
}

/**
 * Changes an appointment (times, place, status …). The end is checked against the start as they
 * will be; a change to "cancelled" is its own audit action, so the timeline shows it.
 */
export function updateAppointment(
  db: TDb,
  scope: TCounsellingScope,
  appointmentId: string,
  patch: TAppointmentPatch,
): Promise<TAppointment> {
  return db.transaction(async (tx) => {
    const { version, ...changes } = patch;
    const current = await lockAppointment(tx, scope, appointmentId, version);
    const startsAt = changes.startsAt ? new Date(changes.startsAt) : current.startsAt;
    const endsAt = changes.endsAt ? new Date(changes.endsAt) : current.endsAt;
    if (endsAt <= startsAt) {
      throw new FieldRuleViolation([{ pointer: "/body/endsAt", code: "appointment_end_before_start" }]);
    }
    if (changes.staffUserId && changes.staffUserId !== current.staffUserId) {
      await assertStaff(tx, scope, current.personId, changes.staffUserId);
    }
    const next = { ...changes, staffUserId: changes.staffUserId ?? current.staffUserId, startsAt, endsAt };
    const fields = (Object.keys(changes) as (keyof typeof changes)[])
      .filter((key) => changes[key] !== undefined && comparable(next[key]) !== comparable(current[key]))
      .sort();
    if (fields.length > 0) {
      await tx
        .update(counsellingAppointments)
        .set({ ...next, version: sql`${counsellingAppointments.version} + 1`, updatedAt: sql`now()` })
        .where(eq(counsellingAppointments.id, appointmentId));
      const isCancelled = fields.includes("status") && next.status === "cancelled";
      await auditAppointment(tx, scope, isCancelled ? "appointment.cancel" : "appointment.update", current, {
        fields,
        ...(fields.includes("status") ? { status: next.status } : {}),
      });
    }
    return readAppointmentWithin(tx, scope, appointmentId);
  });
}
