import { sql } from "drizzle-orm";
import type { TPersonMergePart } from "../arrival/persons/person-merge-parts.js";
import { counsellingAppointments } from "./appointments/appointment-tables.js";
import { assessments, needs } from "./assessments/assessment-tables.js";
import { counsellingCases, counsellingHandovers } from "./cases/case-tables.js";
import { integrationPlans } from "./plans/plan-tables.js";
import { selfCheckInvitations } from "./self-check/self-check-tables.js";
import { counsellingTasks } from "./tasks/task-tables.js";

/**
 * The counselling file moves with the person when two records are merged: interviews and their
 * needs, the plan, the case with its handovers, tasks, appointments and self-check invitations
 * (notes, goals and measures hang on the case and the plan). A person has one plan, one case that is
 * not closed and one interview in progress, so two records that both hold one are not merged.
 */
export const counsellingMergeParts: TPersonMergePart[] = [
  {
    name: "assessments",
    table: assessments,
    id: assessments.id,
    personId: assessments.personId,
    onePerPerson: { where: sql`${assessments.status} = 'in_progress'`, conflict: "mergeBothInterviewsInProgress" },
  },
  { name: "needs", table: needs, id: needs.id, personId: needs.personId },
  {
    name: "integration_plans",
    table: integrationPlans,
    id: integrationPlans.id,
    personId: integrationPlans.personId,
    onePerPerson: { conflict: "mergeBothHavePlans" },
  },
  {
    name: "counselling_cases",
    table: counsellingCases,
    id: counsellingCases.id,
    personId: counsellingCases.personId,
    onePerPerson: { where: sql`${counsellingCases.status} <> 'closed'`, conflict: "mergeBothHaveOpenCases" },
  },
  {
    name: "counselling_handovers",
    table: counsellingHandovers,
    id: counsellingHandovers.id,
    personId: counsellingHandovers.personId,
  },
  { name: "counselling_tasks", table: counsellingTasks, id: counsellingTasks.id, personId: counsellingTasks.personId },
  {
    name: "counselling_appointments",
    table: counsellingAppointments,
    id: counsellingAppointments.id,
    personId: counsellingAppointments.personId,
  },
  {
    name: "self_check_invitations",
    table: selfCheckInvitations,
    id: selfCheckInvitations.id,
    personId: selfCheckInvitations.personId,
  },
];
