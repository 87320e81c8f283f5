import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TAppointment } from "../../../common/counselling/appointment-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { counsellingAppointments } from "./appointment-tables.js";

const staffUsers = alias(users, "appointment_staff");
const creators = alias(users, "appointment_creators");

/** Appointments joined with persons (callers add the scope) and the names of staff and creator. */
export function selectAppointments(executor: TDbExecutor, scope: TCounsellingScope) {
  return executor
    .select({
      row: counsellingAppointments,
      staffName: staffUsers.displayName,
      createdByName: creators.displayName,
      isPast: sql<boolean>`${counsellingAppointments.endsAt} < now()`,
      canUpdate: sql<boolean>`(${scope.scopeFor("update")})`,
    })
    .from(counsellingAppointments)
    .innerJoin(persons, eq(persons.id, counsellingAppointments.personId))
    .innerJoin(staffUsers, eq(staffUsers.id, counsellingAppointments.staffUserId))
    .leftJoin(creators, eq(creators.id, counsellingAppointments.createdBy));
}

type TSelectedAppointment = Awaited<ReturnType<ReturnType<typeof selectAppointments>["execute"]>>[number];

export function toAppointment(selected: TSelectedAppointment): TAppointment {
  const { row } = selected;
  return {
    id: row.id,
    personId: row.personId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    kind: row.kind,
    location: row.location,
    title: row.title,
    note: row.note,
    staff: { id: row.staffUserId, displayName: selected.staffName },
    interpreterLanguage: row.interpreterLanguage,
    status: row.status,
    isPast: selected.isPast,
    createdAt: row.createdAt.toISOString(),
    createdByName: selected.createdByName,
    version: row.version,
    allowedActions: selected.canUpdate ? ["update"] : [],
  };
}
