import { z } from "zod";
import { roles } from "../../../common/platform/organisations.js";

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** https, or http on this machine only (tests and local trials): tokens never travel in clear text. */
const ZIssuer = z.url().refine((value) => {
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && loopbackHosts.has(url.hostname));
}, "must be an https:// URL (http:// only on loopback)");

export const ZOidcRoleMapping = z.strictObject({
  claimValue: z.string().min(1),
  organisationId: z.uuid(),
  role: z.enum(roles),
});

export const ZOidcProviderConfig = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lower-case letters, digits and '-', at most 40"),
  displayName: z.string().min(1).max(80),
  issuer: ZIssuer,
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z
    .string()
    .default("openid email profile")
    .refine((value) => value.split(/\s+/).includes("openid"), "must contain openid"),
  /** Dot path into the claims, e.g. "groups", "roles" (Entra ID) or "realm_access.roles" (Keycloak). */
  roleClaim: z.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, "a dot path such as realm_access.roles"),
  roleMapping: z.array(ZOidcRoleMapping).min(1),
  allowSignup: z.boolean().default(true),
});
export type TOidcProviderConfig = z.infer<typeof ZOidcProviderConfig>;

/** KOMMMIT_OIDC_PROVIDERS: a JSON array of providers with distinct ids. */
export const ZOidcProviders = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "must be a JSON array" });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(ZOidcProviderConfig)
      .refine((providers) => new Set(providers.map((p) => p.id)).size === providers.length, "ids must be distinct"),
  );
