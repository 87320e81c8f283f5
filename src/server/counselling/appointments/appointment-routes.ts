import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZAppointment,
  ZAppointmentId,
  ZAppointmentInput,
  ZAppointmentList,
  ZAppointmentPatch,
} from "../../../common/counselling/appointment-schemas.js";
import { ZCaseworkerOptions } from "../../../common/counselling/task-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { listCaseworkerOptions } from "../caseworker-options.js";
import { createCounsellingScope } from "../counselling-scope.js";
import { updateAppointment } from "./appointment-changes.js";
import { exportAppointmentIcs } from "./appointment-ics.js";
import { appointmentPolicy } from "./appointment-policy.js";
import { createPersonAppointment, listPersonAppointments } from "./person-appointments.js";

const tags = ["appointments"];
const ZIcs = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ description: "text/calendar", type: "string", format: "binary" });

/** Appointments with a person and their calendar files: thin handlers over the appointment services. */
export const appointmentRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const scopeOf = (request: FastifyRequest) =>
    createCounsellingScope(appointmentPolicy, {
      person: personAccessOf(request, db),
      actor: requireActor(request),
      contributions: request.server.personScopeContributions,
    });

  app.get(
    "/api/persons/:id/appointments",
    {
      config: { access: requires(appointmentPolicy, "list") },
      schema: {
        tags,
        summary: "The person's appointments: upcoming soonest first, past ones latest first",
        params: ZPersonId,
        response: { 200: ZAppointmentList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listPersonAppointments(db, scopeOf(request), request.params.id),
  );

  app.post(
    "/api/persons/:id/appointments",
    {
      config: { access: requires(appointmentPolicy, "create") },
      schema: {
        tags,
        summary: "Plan an appointment (held by the one who plans it unless another caseworker is named)",
        params: ZPersonId,
        body: ZAppointmentInput,
        response: { 201: ZAppointment, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPersonAppointment(db, scopeOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/appointments/:appointmentId",
    {
      config: { access: requires(appointmentPolicy, "update") },
      schema: {
        tags,
        summary: "Change an appointment or its status at the version read (409 when it changed meanwhile)",
        params: ZAppointmentId,
        body: ZAppointmentPatch,
        response: { 200: ZAppointment, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => updateAppointment(db, scopeOf(request), request.params.appointmentId, request.body),
  );

  app.get(
    "/api/appointments/:appointmentId/ics",
    {
      config: { access: requires(appointmentPolicy, "read") },
      schema: {
        tags,
        summary: "The appointment as an iCalendar file (UTC times; title and place only)",
        params: ZAppointmentId,
        response: { 200: ZIcs, 401: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const { appointment, ics } = await exportAppointmentIcs(db, scopeOf(request), request.params.appointmentId);
      const day = appointment.startsAt.slice(0, 10);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", `attachment; filename="termin-${day}.ics"`)
        .header("cache-control", "no-store")
        .send(Buffer.from(ics, "utf8"));
    },
  );

  app.get(
    "/api/appointment-staff",
    {
      config: { access: requires(appointmentPolicy, "create") },
      schema: {
        tags,
        summary: "Who can hold an appointment: the caseworkers of the actor's own organisations",
        response: { 200: ZCaseworkerOptions, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listCaseworkerOptions(db, requireActor(request)),
  );
};
