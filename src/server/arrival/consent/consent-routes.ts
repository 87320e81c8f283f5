import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZConsentId,
  ZConsentRecipientOptions,
  ZConsentRecord,
  ZConsentRecording,
  ZConsentWithdrawal,
  ZPersonConsents,
  ZPrivacyNotice,
  ZPrivacyNoticeId,
  ZPrivacyNoticeSummary,
} from "../../../common/arrival/consent-schemas.js";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { publicAccess, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { personAccessOf } from "../persons/person-access-of-request.js";
import { personPolicy } from "../persons/person-policy.js";
import { listConsentRecipientOptions } from "./consent-recipients.js";
import { createConsentAccess } from "./person-consents.js";
import { findPrivacyNotice, listCurrentPrivacyNotices } from "./privacy-notices.js";

const tags = ["consents"];

/** Privacy notices (public: the portal shows them before anyone signs in) and a person's consents. */
export const consentRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/privacy-notices",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "The current version of the privacy notice in each language",
        response: { 200: z.array(ZPrivacyNoticeSummary) },
      },
    },
    () => listCurrentPrivacyNotices(db),
  );

  app.get(
    "/api/privacy-notices/:id",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "One version of the privacy notice in one language, with its text",
        params: ZPrivacyNoticeId,
        response: { 200: ZPrivacyNotice, 404: ZProblem },
      },
    },
    (request) => findPrivacyNotice(db, request.params.id),
  );

  app.get(
    "/api/consent-recipients",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "The provider organisations a person may consent to share with",
        response: { 200: ZConsentRecipientOptions, 401: ZProblem, 404: ZProblem },
      },
    },
    () => listConsentRecipientOptions(db),
  );

  app.get(
    "/api/persons/:id/consents",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "The person's consents in force per purpose and their whole history; the read is audited",
        params: ZPersonId,
        response: { 200: ZPersonConsents, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createConsentAccess(db, personAccessOf(request, db)).read(request.params.id),
  );

  app.post(
    "/api/persons/:id/consents",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Record decisions given in person; each supersedes the record in force for its purpose",
        params: ZPersonId,
        body: ZConsentRecording,
        response: { 201: z.array(ZConsentRecord), 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createConsentAccess(db, personAccessOf(request, db)).record(request.params.id, request.body)),
  );

  app.post(
    "/api/persons/:id/consents/:consentId/withdraw",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Withdraw a consent: a new record, in force from the very next query",
        params: ZConsentId,
        body: ZConsentWithdrawal,
        response: { 201: ZConsentRecord, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createConsentAccess(db, personAccessOf(request, db)).withdraw(
            request.params.id,
            request.params.consentId,
            request.body,
          ),
        ),
  );
};
