import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZApiTokenCreate,
  ZApiTokenCreated,
  ZApiTokenList,
  ZApiTokenOptions,
} from "../../../../common/platform/api-token-schemas.js";
import { ZProblem } from "../../../../common/platform/problem.js";
import { listGrantableScopes } from "../../access/policies.js";
import { requireActor, requires } from "../../access/route-access.js";
import { auditContextOfRequest } from "../../audit/record-audit-event.js";
import type { TDb } from "../../db/database.js";
import { latestExpiryFrom } from "./api-token-access.js";
import { findApiTokenOptions } from "./api-token-options.js";
import { apiTokenPolicy } from "./api-token-policy.js";
import { createApiToken } from "./create-api-token.js";
import { listApiTokens } from "./list-api-tokens.js";
import { revokeApiToken } from "./revoke-api-token.js";

/**
 * The create body as the server checks it: scopes from the registered policies, expiry within a
 * year. Built-in issue codes, so the 422 messages come in the requester's language.
 */
function buildCreateBody() {
  const scopes = listGrantableScopes().flatMap((group) => group.actions.map((action) => `${group.resource}:${action}`));
  return ZApiTokenCreate.extend({
    scopes: z
      .array(z.enum(scopes as [string, ...string[]]))
      .min(1)
      .max(200),
  }).superRefine((value, context) => {
    const now = new Date();
    const expiresAt = new Date(value.expiresAt);
    const latest = latestExpiryFrom(now);
    if (expiresAt <= now) {
      context.addIssue({
        code: "too_small",
        origin: "date",
        minimum: now.getTime(),
        inclusive: false,
        path: ["expiresAt"],
        input: value.expiresAt,
      });
    } else if (expiresAt > latest) {
      context.addIssue({
        code: "too_big",
        origin: "date",
        maximum: latest.getTime(),
        inclusive: true,
        path: ["expiresAt"],
        input: value.expiresAt,
      });
    }
    if (new Set(value.scopes).size !== value.scopes.length) {
      context.addIssue({ code: "custom", message: "duplicate scope", path: ["scopes"], input: value.scopes });
    }
  });
}

const ZTokenParams = z.strictObject({ tokenId: z.uuid() });

/** API tokens for system integrations: list, issue (secret shown once), revoke. */
export const apiTokenRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/api-tokens",
    {
      config: { access: requires(apiTokenPolicy, "list") },
      schema: {
        tags: ["api-tokens"],
        summary: "API tokens of the organisations the actor manages (never the secrets)",
        response: { 200: ZApiTokenList, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => listApiTokens(db, requireActor(request)),
  );

  app.get(
    "/api/api-tokens/options",
    {
      config: { access: requires(apiTokenPolicy, "create") },
      schema: {
        tags: ["api-tokens"],
        summary: "What the actor may issue: organisations with roles, and the grantable scopes",
        response: { 200: ZApiTokenOptions, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => findApiTokenOptions(db, request.grants),
  );

  app.post(
    "/api/api-tokens",
    {
      config: { access: requires(apiTokenPolicy, "create") },
      schema: {
        tags: ["api-tokens"],
        summary: "Issue an API token; the answer holds the secret, which is never shown again",
        body: buildCreateBody(),
        response: { 201: ZApiTokenCreated, 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(
        db,
        requireActor(request),
        request.grants,
        request.body,
        auditContextOfRequest(request),
      );
      return reply.code(201).header("cache-control", "no-store").send(created);
    },
  );

  app.delete(
    "/api/api-tokens/:tokenId",
    {
      config: { access: requires(apiTokenPolicy, "revoke") },
      schema: {
        tags: ["api-tokens"],
        summary: "Revoke an API token",
        params: ZTokenParams,
        response: { 204: z.null(), 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      await revokeApiToken(
        db,
        requireActor(request),
        request.grants,
        request.params.tokenId,
        auditContextOfRequest(request),
      );
      return reply.code(204).send(null);
    },
  );
};
