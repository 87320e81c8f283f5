import { z } from "zod";

/** A single sign-on provider as the login page lists it. */
export const ZOidcProviderSummary = z.object({ id: z.string(), displayName: z.string() }).meta({ id: "OidcProvider" });
export const ZOidcProviderList = z.array(ZOidcProviderSummary);
export type TOidcProviderSummary = z.infer<typeof ZOidcProviderSummary>;

/**
 * Why a single sign-on login did not end in a session: the callback redirects to
 * /app/login?error=<code> and the login page explains it (sso.errors.<code>).
 */
export const oidcLoginErrors = [
  "unknown_provider",
  "unavailable",
  "invalid_state",
  "provider_error",
  "no_role",
  "no_account",
  "account_conflict",
  "account_inactive",
  "missing_email",
] as const;
export type TOidcLoginError = (typeof oidcLoginErrors)[number];

export function isOidcLoginError(value: unknown): value is TOidcLoginError {
  return typeof value === "string" && (oidcLoginErrors as readonly string[]).includes(value);
}
