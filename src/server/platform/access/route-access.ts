import type { FastifyInstance, FastifyRequest } from "fastify";
import { isAuthenticated, type TAuthenticatedActor } from "../auth/actor-types.js";
import { HttpProblem } from "../http/problems.js";
import { findGrants, type TGrant } from "./grants.js";
import type { TPolicy } from "./policy.js";

/**
 * What a route demands of the actor. Every /api route declares one (the app refuses to start
 * otherwise), so the authorization matrix test can walk them all.
 */
export type TRouteAccess =
  | { kind: "public" }
  | { kind: "signed_in" }
  | { kind: "second_factor_pending" }
  | { kind: "policy"; policy: TPolicy; action: string };

export const publicAccess: TRouteAccess = { kind: "public" };
export const signedInAccess: TRouteAccess = { kind: "signed_in" };
/**
 * For the routes that finish a login (verify or enrol the second factor) and for "who am I": a
 * session past the password is enough — one waiting for its second factor (request.pendingSession)
 * or a complete one. Nothing else admits a pending session.
 */
export const secondFactorPendingAccess: TRouteAccess = { kind: "second_factor_pending" };

/** The route needs the action of the policy; the handler then reads request.grants for the scope. */
export function requires<TAction extends string>(policy: TPolicy<TAction>, action: NoInfer<TAction>): TRouteAccess {
  return { kind: "policy", policy: policy as TPolicy, action };
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: TRouteAccess;
  }
  interface FastifyRequest {
    /** The grants that let the actor call this route (empty for public and signed-in routes). */
    grants: TGrant[];
  }
}

/** Routes that plugins register (the API docs page) and cannot carry a declaration. */
function isExempt(url: string): boolean {
  return !url.startsWith("/api/") || url === "/api/docs" || url.startsWith("/api/docs/");
}

/** The signed-in actor of a request that passed the guard; services call this instead of re-checking. */
export function requireActor(request: FastifyRequest): TAuthenticatedActor {
  if (!isAuthenticated(request.actor)) throw new HttpProblem(401, "unauthorized");
  return request.actor;
}

function deny(policy: TPolicy): never {
  throw policy.whenDenied === "not_found" ? new HttpProblem(404, "notFound") : new HttpProblem(403, "forbidden");
}

/**
 * Checks the route's declaration against the actor before the body is even parsed: 401 without an
 * actor, 403 (or 404 where existence is secret) when no rule of the policy grants the action.
 */
export function registerRouteAccess(app: FastifyInstance) {
  app.decorateRequest("grants");
  app.addHook("onRoute", (route) => {
    if (isExempt(route.url)) return;
    if (!route.config?.access) throw new Error(`${route.method} ${route.url} declares no access (see route-access.ts)`);
  });
  app.addHook("onRequest", async (request) => {
    request.grants = [];
    const access = request.routeOptions.config.access;
    if (!access || access.kind === "public") return;
    const actor = request.actor;
    if (access.kind === "second_factor_pending" && request.pendingSession) return;
    if (!isAuthenticated(actor)) throw new HttpProblem(401, "unauthorized");
    if (access.kind === "second_factor_pending") return;
    if (access.kind === "signed_in") return;
    const grants = findGrants(actor, access.policy, access.action);
    if (grants.length === 0) deny(access.policy);
    request.grants = grants;
  });
}
