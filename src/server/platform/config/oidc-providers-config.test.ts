import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const provider = {
  id: "entra",
  displayName: "Microsoft Entra ID",
  issuer: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  clientId: "client",
  clientSecret: "very-secret-value",
  roleClaim: "roles",
  roleMapping: [
    { claimValue: "Caseworker", organisationId: "6f1f3b9e-7c55-4a55-9a43-5f0d6f1c0a01", role: "caseworker" },
  ],
};

function problemsOf(value: string): string[] {
  try {
    loadConfig({ KOMMMIT_OIDC_PROVIDERS: value });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
  }
  return [];
}

describe("KOMMMIT_OIDC_PROVIDERS", () => {
  it("is empty by default and parses a JSON array of providers", () => {
    expect(loadConfig({}).oidcProviders).toEqual([]);
    const [parsed] = loadConfig({ KOMMMIT_OIDC_PROVIDERS: JSON.stringify([provider]) }).oidcProviders;
    expect(parsed).toMatchObject({ id: "entra", scopes: "openid email profile", allowSignup: true });
  });

  it("names what is wrong without showing the client secret", () => {
    const problems = problemsOf(
      JSON.stringify([
        { ...provider, issuer: "http://sso.example.org", role: "x" },
        { ...provider, roleMapping: [{ claimValue: "x", organisationId: "nope", role: "king" }] },
      ]),
    );
    expect(problems.join("\n")).toContain("KOMMMIT_OIDC_PROVIDERS.0.issuer: must be an https:// URL");
    expect(problems.join("\n")).toContain("KOMMMIT_OIDC_PROVIDERS.1.roleMapping.0.role");
    expect(problems.join("\n")).not.toContain("very-secret-value");
    expect(problemsOf("[{")).toEqual([expect.stringContaining("must be a JSON array")]);
    expect(problemsOf(JSON.stringify([provider, provider])).join()).toContain("ids must be distinct");
  });

  it("allows http only for an issuer on loopback", () => {
    const local = { ...provider, issuer: "http://127.0.0.1:8080/realms/test" };
    expect(loadConfig({ KOMMMIT_OIDC_PROVIDERS: JSON.stringify([local]) }).oidcProviders).toHaveLength(1);
  });
});
