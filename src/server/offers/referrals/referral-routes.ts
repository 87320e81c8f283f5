import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZCaseworkerReferralsQuery,
  ZInboxQuery,
  ZReferral,
  ZReferralId,
  ZReferralInput,
  ZReferralList,
  ZReferralOptions,
  ZReferralOptionsQuery,
  ZReferralPreview,
  ZReferralResponse,
  ZReferralWithdrawal,
} from "../../../common/offers/referral-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { respondToReferral, withdrawReferral } from "./answer-referral.js";
import { listInbox, listSentReferrals } from "./list-referrals.js";
import { readReferral } from "./read-referral.js";
import { referralAccessOf } from "./referral-access.js";
import { findReferralOptions } from "./referral-options.js";
import { referralPolicy } from "./referral-policy.js";
import { previewReferral, sendReferral } from "./send-referral.js";

const tags = ["referrals"];
const problems = { 401: ZProblem, 404: ZProblem, 422: ZProblem };

/** Referrals: send with consent (and preview first), answer, withdraw, follow. Thin handlers. */
export const referralRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.post(
    "/api/persons/:id/referrals/preview",
    {
      config: { access: requires(referralPolicy, "send") },
      schema: {
        tags,
        summary: "What a referral would share: recipient, consent in force, and the exact values of the field set",
        params: ZPersonId,
        body: ZReferralInput,
        response: { 200: ZReferralPreview, ...problems },
      },
    },
    (request) => previewReferral(db, referralAccessOf(request, db), request.params.id, request.body),
  );

  app.post(
    "/api/persons/:id/referrals",
    {
      config: { access: requires(referralPolicy, "send") },
      schema: {
        tags,
        summary: "Refer the person to an offer, a provider or an outside provider; needs valid consent to sharing",
        params: ZPersonId,
        body: ZReferralInput,
        response: { 201: ZReferral, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendReferral(db, referralAccessOf(request, db), request.params.id, request.body)),
  );

  app.get(
    "/api/referral-options",
    {
      config: { access: requires(referralPolicy, "send") },
      schema: {
        tags,
        summary: "Active offers and provider organisations to refer to by hand, found by name",
        querystring: ZReferralOptionsQuery,
        response: { 200: ZReferralOptions, ...problems },
      },
    },
    (request) => findReferralOptions(db, request.query.search),
  );

  app.get(
    "/api/referrals/sent",
    {
      config: { access: requires(referralPolicy, "list") },
      schema: {
        tags,
        summary: "Referrals sent by me, by my team, or waiting for an answer (within the person scope)",
        querystring: ZCaseworkerReferralsQuery,
        response: { 200: ZReferralList, ...problems },
      },
    },
    (request) => listSentReferrals(db, referralAccessOf(request, db), request.query),
  );

  app.get(
    "/api/referrals/inbox",
    {
      config: { access: requires(referralPolicy, "list") },
      schema: {
        tags,
        summary: "The provider's inbox: referrals for us, or waiting for our answer",
        querystring: ZInboxQuery,
        response: { 200: ZReferralList, ...problems },
      },
    },
    (request) => listInbox(db, referralAccessOf(request, db), request.query),
  );

  app.get(
    "/api/referrals/:referralId",
    {
      config: { access: requires(referralPolicy, "read") },
      schema: {
        tags,
        summary: "A referral with its history; for the provider the shared values while consent is valid",
        params: ZReferralId,
        response: { 200: ZReferral, ...problems },
      },
    },
    (request) => readReferral(db, referralAccessOf(request, db), request.params.referralId),
  );

  app.post(
    "/api/referrals/:referralId/response",
    {
      config: { access: requires(referralPolicy, "respond") },
      schema: {
        tags,
        summary: "The provider accepts (takes a free place), declines with a reason, starts, completes or drops",
        params: ZReferralId,
        body: ZReferralResponse,
        response: { 200: ZReferral, 409: ZProblem, ...problems },
      },
    },
    (request) => respondToReferral(db, referralAccessOf(request, db), request.params.referralId, request.body),
  );

  app.post(
    "/api/referrals/:referralId/withdraw",
    {
      config: { access: requires(referralPolicy, "withdraw") },
      schema: {
        tags,
        summary: "The caseworker withdraws a sent or accepted referral (an accepted place is given back)",
        params: ZReferralId,
        body: ZReferralWithdrawal,
        response: { 200: ZReferral, 409: ZProblem, ...problems },
      },
    },
    (request) => withdrawReferral(db, referralAccessOf(request, db), request.params.referralId, request.body),
  );
};
