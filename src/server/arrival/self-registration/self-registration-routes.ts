import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZSelfRegistrationAccepted,
  ZSelfRegistrationConfirm,
  ZSelfRegistrationDecision,
  ZSelfRegistrationDetail,
  ZSelfRegistrationId,
  ZSelfRegistrationList,
  ZSelfRegistrationListQuery,
  ZSelfRegistrationMerge,
  ZSelfRegistrationReject,
  ZSelfRegistrationRequest,
} from "../../../common/arrival/self-registration-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { publicAccess, requireActor, requires } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { personAccessOf } from "../persons/person-access-of-request.js";
import { createSelfRegistrationDecisions } from "./decide-self-registration.js";
import { emailConfirmationPath } from "./portal-paths.js";
import { createSelfRegistrationReview } from "./review-self-registrations.js";
import { selfRegistrationPolicy } from "./self-registration-policy.js";
import { submitSelfRegistration, type TSubmissionDeps } from "./submit-self-registration.js";

const tags = ["self-registrations"];

export type TSelfRegistrationRouteOptions = TSubmissionDeps & {
  requestsPerMinute: number;
  publicUrl: string | undefined;
};

function staffOptions(request: FastifyRequest, db: TDb) {
  return {
    db,
    actor: requireActor(request),
    audit: auditContextOfRequest(request),
    personAccess: personAccessOf(request, db),
  };
}

/** The public JSON door for the portal's future script, and the staff review (area rule in SQL, audited). */
export const selfRegistrationRoutes: FastifyPluginAsyncZod<TSelfRegistrationRouteOptions> = async (app, options) => {
  const { db, publicUrl } = options;
  await app.register(fastifyRateLimit, perClientRateLimit);

  app.post(
    "/api/self-registrations",
    {
      config: { access: publicAccess, rateLimit: { max: options.requestsPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Register oneself from the public portal (pending until staff decide); mails a confirmation link",
        description:
          "Needs the signed formToken of a rendered form, no earlier than the minimum fill time; the honeypot `website` must stay empty.",
        body: ZSelfRegistrationRequest,
        response: { 201: ZSelfRegistrationAccepted, 422: ZProblem, 429: ZProblem, 503: ZProblem },
      },
    },
    async (request, reply) => {
      const accepted = await submitSelfRegistration(options, request.body, {
        ipAddress: request.ip,
        buildConfirmationLink: (language, token) =>
          `${(publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, "")}${emailConfirmationPath(language, token)}`,
        logger: request.log,
      });
      return reply.code(201).send(accepted);
    },
  );

  app.get(
    "/api/self-registrations",
    {
      config: { access: requires(selfRegistrationPolicy, "list") },
      schema: {
        tags,
        summary: "Self-registrations for the municipalities of the actor's area, pending first",
        querystring: ZSelfRegistrationListQuery,
        response: { 200: ZSelfRegistrationList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createSelfRegistrationReview(staffOptions(request, db)).list(request.query),
  );

  app.get(
    "/api/self-registrations/:id",
    {
      config: { access: requires(selfRegistrationPolicy, "read") },
      schema: {
        tags,
        summary: "One self-registration with the existing persons it likely is",
        params: ZSelfRegistrationId,
        response: { 200: ZSelfRegistrationDetail, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createSelfRegistrationReview(staffOptions(request, db)).read(request.params.id),
  );

  app.post(
    "/api/self-registrations/:id/confirm",
    {
      config: { access: requires(selfRegistrationPolicy, "decide") },
      schema: {
        tags,
        summary: "Confirm: a new person record with the consents given online",
        params: ZSelfRegistrationId,
        body: ZSelfRegistrationConfirm,
        response: { 200: ZSelfRegistrationDecision, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => createSelfRegistrationDecisions(staffOptions(request, db)).confirm(request.params.id),
  );

  app.post(
    "/api/self-registrations/:id/merge",
    {
      config: { access: requires(selfRegistrationPolicy, "decide") },
      schema: {
        tags,
        summary: "Merge into an existing person: adds the consents and fills only the facts the record lacks",
        params: ZSelfRegistrationId,
        body: ZSelfRegistrationMerge,
        response: { 200: ZSelfRegistrationDecision, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) =>
      createSelfRegistrationDecisions(staffOptions(request, db)).merge(request.params.id, request.body.personId),
  );

  app.post(
    "/api/self-registrations/:id/reject",
    {
      config: { access: requires(selfRegistrationPolicy, "decide") },
      schema: {
        tags,
        summary: "Reject with a reason (spam, a test, not for this district)",
        params: ZSelfRegistrationId,
        body: ZSelfRegistrationReject,
        response: { 200: ZSelfRegistrationDecision, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) =>
      createSelfRegistrationDecisions(staffOptions(request, db)).reject(request.params.id, request.body.reason),
  );
};
