import { describe, expect, it } from "vitest";
import { ZOidcProviderConfig } from "../../config/oidc-providers-config.js";
import { mapRoleClaims, readClaimValues } from "./map-role-claims.js";

const organisationA = "6f1f3b9e-7c55-4a55-9a43-5f0d6f1c0a01";
const organisationB = "6f1f3b9e-7c55-4a55-9a43-5f0d6f1c0a02";

const keycloak = ZOidcProviderConfig.parse({
  id: "keycloak",
  displayName: "Keycloak",
  issuer: "https://sso.landkreis.example/realms/kommmit",
  clientId: "kommmit",
  clientSecret: "secret",
  roleClaim: "realm_access.roles",
  roleMapping: [
    { claimValue: "kommmit-caseworker", organisationId: organisationA, role: "caseworker" },
    { claimValue: "kommmit-auditor", organisationId: organisationA, role: "auditor" },
    { claimValue: "kommmit-caseworker", organisationId: organisationB, role: "caseworker" },
  ],
});

describe("role mapping from claims", () => {
  it("reads strings and string arrays at a dot path, and nothing else", () => {
    const claims = { realm_access: { roles: ["a", 1, "b"] }, groups: "g", nested: { deeper: null }, list: [{ x: 1 }] };
    expect(readClaimValues(claims, "realm_access.roles")).toEqual(["a", "b"]);
    expect(readClaimValues(claims, "groups")).toEqual(["g"]);
    expect(readClaimValues(claims, "nested.deeper.roles")).toEqual([]);
    expect(readClaimValues(claims, "list.x")).toEqual([]);
    expect(readClaimValues(claims, "missing")).toEqual([]);
  });

  it("maps every matching claim value, one membership per organisation and role", () => {
    const mapped = mapRoleClaims(keycloak, { realm_access: { roles: ["kommmit-caseworker", "offline_access"] } });
    expect(mapped).toEqual([
      { organisationId: organisationA, role: "caseworker" },
      { organisationId: organisationB, role: "caseworker" },
    ]);
    expect(mapRoleClaims(keycloak, { roles: ["kommmit-auditor"] })).toEqual([]);
  });

  it("defaults scopes and sign-up", () => {
    expect(keycloak.scopes).toBe("openid email profile");
    expect(keycloak.allowSignup).toBe(true);
  });
});
