import type { FastifyInstance } from "fastify";
import type { TActor } from "./actor-types.js";
import type { TSessionResolver } from "./session-cache.js";
import { readSessionToken } from "./session-cookie.js";

/** A session that passed the password but not yet the second factor: it acts for nobody. */
export type TPendingSession = { userId: string; sessionToken: string };

declare module "fastify" {
  interface FastifyRequest {
    actor: TActor;
    /** Set (and the actor left anonymous) while the session waits for its second factor. */
    pendingSession: TPendingSession | undefined;
  }
}

const anonymous: TActor = { kind: "anonymous" };

/**
 * Only the API needs an actor; static assets and probes never touch the session table. A session
 * still waiting for its second factor never becomes a user actor, so every route that asks for a
 * signed-in actor or a policy answers 401; only routes declaring secondFactorPendingAccess see it.
 */
export function registerActorResolution(app: FastifyInstance, sessions: TSessionResolver) {
  app.addHook("onClose", async () => sessions.close());
  app.decorateRequest("actor");
  app.decorateRequest("pendingSession");
  app.addHook("onRequest", async (request) => {
    request.actor = anonymous;
    request.pendingSession = undefined;
    if (!request.url.startsWith("/api/")) return;
    const token = readSessionToken(request);
    if (!token) return;
    const session = await sessions.resolve(token);
    if (!session) return;
    if (session.stage === "complete") {
      request.actor = { kind: "user", sessionToken: token, userId: session.userId, memberships: session.memberships };
    } else {
      request.pendingSession = { userId: session.userId, sessionToken: token };
    }
  });
}
