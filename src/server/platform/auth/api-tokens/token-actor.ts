import type { FastifyInstance, FastifyReply } from "fastify";
import type { TDb } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import { createFailedAttemptThrottle } from "./failed-bearer-throttle.js";
import { resolveTokenActor } from "./resolve-token-actor.js";

const bearerPattern = /^Bearer\s+(\S+)\s*$/i;

function rejectToken(reply: FastifyReply): never {
  reply.header("www-authenticate", 'Bearer realm="kommmit", error="invalid_token"');
  throw new HttpProblem(401, "invalidToken");
}

/**
 * API requests with `Authorization: Bearer <secret>` act as the API token (registered after the
 * session resolution in app.ts, so a bearer header decides). A bad secret is a 401 at once, not
 * an anonymous request, so an integration learns its token is dead. Bearer requests carry no
 * cookie and need no CSRF check (csrf.ts only rejects foreign Origin / Sec-Fetch-Site).
 */
export function registerTokenActorResolution(app: FastifyInstance, db: TDb, failuresPerMinute: number) {
  const throttle = createFailedAttemptThrottle(failuresPerMinute);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const authorization = request.headers.authorization;
    if (authorization === undefined || !/^Bearer\s/i.test(authorization)) return;
    if (throttle.isBlocked(request.ip)) {
      reply.header("retry-after", "60");
      throw new HttpProblem(429, "tooManyRequests");
    }
    const secret = bearerPattern.exec(authorization)?.[1];
    const actor = secret ? await resolveTokenActor(db, secret) : undefined;
    if (!actor) {
      throttle.recordFailure(request.ip);
      rejectToken(reply);
    }
    request.actor = actor;
  });
}
