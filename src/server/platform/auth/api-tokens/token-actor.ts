import type { FastifyInstance, FastifyReply } from "fastify";
import type { TDb } from "../../db/database.js";
import { clientNetwork } from "../../http/client-network.js";
import { HttpProblem } from "../../http/problems.js";
import { assertNotLocked, defineThrottle, hashThrottleSubject, takeAttempt } from "../throttle/throttle.js";
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
export function registerTokenActorResolution(app: FastifyInstance, db: TDb, failuresBeforeLockout: number) {
  // Per client address, in PostgreSQL (shared by all instances); locks progressively (throttle.ts).
  const throttle = defineThrottle("api_token_address", failuresBeforeLockout);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const authorization = request.headers.authorization;
    if (authorization === undefined || !/^Bearer\s/i.test(authorization)) return;
    const subject = hashThrottleSubject(clientNetwork(request.ip));
    await assertNotLocked(db, throttle, subject);
    const secret = bearerPattern.exec(authorization)?.[1];
    const actor = secret ? await resolveTokenActor(db, secret) : undefined;
    if (!actor) {
      await takeAttempt(db, throttle, subject);
      rejectToken(reply);
    }
    request.actor = actor;
  });
}
