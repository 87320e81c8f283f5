import { and, asc, eq } from "drizzle-orm";
import type {
  TAppointment,
  TAppointmentInput,
  TAppointmentList,
} from "../../../common/counselling/appointment-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import type { TCounsellingAction, TCounsellingScope } from "../counselling-scope.js";
import { auditAppointment } from "./appointment-audit.js";
import { selectAppointments, toAppointment } from "./appointment-records.js";
import { counsellingAppointments } from "./appointment-tables.js";

async function assertPersonInScope(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  personId: string,
  action: TCounsellingAction,
) {
  const [row] = await executor
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.id, personId), scope.scopeFor(action)));
  if (!row) throw new HttpProblem(404, "notFound");
}

/** One appointment as the actor may read it; out of scope is 404. */
export async function readAppointmentWithin(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  appointmentId: string,
): Promise<TAppointment> {
  const [found] = await selectAppointments(executor, scope).where(
    and(eq(counsellingAppointments.id, appointmentId), scope.scopeFor("read")),
  );
  if (!found) throw new HttpProblem(404, "notFound");
  return toAppointment(found);
}

/** The staff member must be an active caseworker able to work on this person's file. */
export async function assertStaff(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  personId: string,
  userId: string,
): Promise<void> {
  if (!(await scope.canUserWorkOn(executor, userId, personId))) {
    throw new FieldRuleViolation([{ pointer: "/body/staffUserId", code: "appointment_staff_not_caseworker" }]);
  }
}

/** A person's appointments: upcoming ones soonest first, past ones latest first; audited as one list read. */
export function listPersonAppointments(db: TDb, scope: TCounsellingScope, personId: string): Promise<TAppointmentList> {
  return db.transaction(async (tx) => {
    await assertPersonInScope(tx, scope, personId, "list");
    const rows = (
      await selectAppointments(tx, scope)
        .where(and(eq(counsellingAppointments.personId, personId), scope.scopeFor("list")))
        .orderBy(asc(counsellingAppointments.startsAt), asc(counsellingAppointments.id))
    ).map(toAppointment);
    await auditAppointment(
      tx,
      scope,
      "appointment.list",
      { id: personId, personId, type: "person" },
      {
        count: rows.length,
      },
    );
    return {
      upcoming: rows.filter((appointment) => !appointment.isPast),
      past: rows.filter((appointment) => appointment.isPast).reverse(),
    };
  });
}

/** Plans an appointment; without a staff member, the one who plans it holds it. */
export function createPersonAppointment(
  db: TDb,
  scope: TCounsellingScope,
  personId: string,
  input: TAppointmentInput,
): Promise<TAppointment> {
  return db.transaction(async (tx) => {
    await assertPersonInScope(tx, scope, personId, "create");
    const staffUserId = input.staffUserId ?? scope.actorUserId;
    if (staffUserId === null) {
      throw new FieldRuleViolation([{ pointer: "/body/staffUserId", code: "appointment_staff_not_caseworker" }]);
    }
    await assertStaff(tx, scope, personId, staffUserId);
    const [created] = await tx
      .insert(counsellingAppointments)
      .values({
        ...input,
        personId,
        staffUserId,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        createdBy: scope.actorUserId,
      })
      .returning({ id: counsellingAppointments.id, personId: counsellingAppointments.personId });
    if (!created) throw new Error("appointment insert returned no row");
    await auditAppointment(tx, scope, "appointment.create", created, { kind: input.kind });
    return readAppointmentWithin(tx, scope, created.id);
  });
}
