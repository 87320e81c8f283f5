import type { FastifyInstance } from "fastify";
import type { TDb } from "../db/database.js";
import type { TActor } from "./actor-types.js";
import { readSessionToken } from "./session-cookie.js";
import { type TSessionPolicy, touchSession } from "./session-service.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: TActor;
  }
}

const anonymous: TActor = { kind: "anonymous" };

/** Only the API needs an actor; static assets and probes never touch the session table. */
export function registerActorResolution(app: FastifyInstance, db: TDb, policy: TSessionPolicy) {
  app.decorateRequest("actor");
  app.addHook("onRequest", async (request) => {
    request.actor = anonymous;
    if (!request.url.startsWith("/api/")) return;
    const token = readSessionToken(request);
    if (!token) return;
    const session = await touchSession(db, token, policy);
    if (session) request.actor = { kind: "user", sessionToken: token, ...session };
  });
}
