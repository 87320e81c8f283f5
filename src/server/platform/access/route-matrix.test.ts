import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles, type TOrganisationKind, type TRole } from "../../../common/platform/organisations.js";
import { buildApp } from "../../app.js";
import { modules } from "../../modules.js";
import { buildOrganisation, buildUser } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import type { TActorMembership, TAuthenticatedActor } from "../auth/actor-types.js";
import type { TRouteInfo } from "../http/route-catalogue.js";
import { findGrants } from "./grants.js";
import { allPolicies } from "./policies.js";

/**
 * The generated authorization matrix: every registered API route × every role (in each kind of
 * organisation the role occurs in) × anonymous, each answer compared with what the policy table says.
 */
const actorVariants: { role: TRole; organisationKind: TOrganisationKind }[] = [
  ...roles.map((role) => ({
    role,
    organisationKind: (role.startsWith("provider_") ? "provider" : "district") as TOrganisationKind,
  })),
  { role: "caseworker", organisationKind: "municipal_unit" },
];

let t: TTestApp;
const userIds = new Map<string, { userId: string; membership: TActorMembership }>();

beforeAll(async () => {
  t = await createTestApp();
  for (const variant of actorVariants) {
    const organisation = await buildOrganisation(t.database.db, { kind: variant.organisationKind });
    const { user } = await buildUser(t.database.db, { role: variant.role, organisation });
    userIds.set(`${variant.role}@${variant.organisationKind}`, {
      userId: user.id,
      membership: {
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        role: variant.role,
        municipalUnitKey: organisation.municipalUnitKey,
        providerType: organisation.providerType,
      },
    });
  }
});
afterAll(() => t.close());

function apiRoutes(): TRouteInfo[] {
  return t.app.routeCatalogue.filter((route) => route.url.startsWith("/api/") && !route.url.startsWith("/api/docs"));
}

/** A request that reaches the route: path parameters filled with fresh ids, an empty JSON body where one is taken. */
function requestFor(route: TRouteInfo) {
  const url = route.url.replace(/:[A-Za-z]+/g, () => randomUUID());
  const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
  return { method: route.method as "GET", url, ...(hasBody ? { payload: {} } : {}) };
}

type TExpectation = { allowed: true } | { allowed: false; status: number };

function expectationFor(route: TRouteInfo, actor: TAuthenticatedActor | undefined): TExpectation {
  const access = route.access;
  if (!access) throw new Error(`${route.method} ${route.url} has no access declaration`);
  if (access.kind === "public") return { allowed: true };
  if (!actor) return { allowed: false, status: 401 };
  if (access.kind === "signed_in" || access.kind === "second_factor_pending") return { allowed: true };
  if (findGrants(actor, access.policy, access.action).length > 0) return { allowed: true };
  return { allowed: false, status: access.policy.whenDenied === "not_found" ? 404 : 403 };
}

describe("the authorization matrix", () => {
  it("refuses to start with an API route that declares no access", async () => {
    const undeclared = {
      name: "undeclared",
      async routes(app: Parameters<NonNullable<(typeof modules)[number]["routes"]>>[0]) {
        app.get("/api/undeclared", async () => "open");
      },
    };
    await expect(
      buildApp({
        config: t.config,
        database: t.database,
        logger: t.app.log,
        jobs: t.jobs,
        modules: [...modules, undeclared],
        isShuttingDown: () => false,
      }),
    ).rejects.toThrow("GET /api/undeclared declares no access");
  });

  it("has an access declaration for every API route", () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !route.access).map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it("finds every route's policy in the registry that API token scopes and this matrix rely on", () => {
    const unregistered = apiRoutes().filter(
      (route) => route.access?.kind === "policy" && !allPolicies.includes(route.access.policy),
    );
    expect(unregistered.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it("answers every route × role as the policy table says", async () => {
    const mismatches: string[] = [];
    for (const route of apiRoutes()) {
      const anonymous = await t.app.inject(requestFor(route));
      check(route, "anonymous", undefined, anonymous.statusCode, mismatches);
      for (const [label, { userId, membership }] of userIds) {
        const actor: TAuthenticatedActor = {
          kind: "user",
          userId,
          sessionToken: "",
          memberships: [membership],
        };
        const cookies = await signInAs(t.database.db, userId);
        const response = await t.app.inject({ ...requestFor(route), cookies });
        check(route, label, actor, response.statusCode, mismatches);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

function check(
  route: TRouteInfo,
  label: string,
  actor: TAuthenticatedActor | undefined,
  status: number,
  mismatches: string[],
) {
  const expected = expectationFor(route, actor);
  const isRefused = status === 401 || status === 403;
  const isWrong = expected.allowed ? isRefused : status !== expected.status;
  if (isWrong) {
    const wanted = expected.allowed ? "allowed" : String(expected.status);
    mismatches.push(`${route.method} ${route.url} as ${label}: ${status}, expected ${wanted}`);
  }
}
