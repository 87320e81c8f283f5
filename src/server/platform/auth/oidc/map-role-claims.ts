import type { TRole } from "../../../../common/platform/organisations.js";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";

export type TMappedMembership = { organisationId: string; role: TRole };

/** The values at a dot path ("realm_access.roles"): a string or the strings of an array; anything else is none. */
export function readClaimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/** The memberships the provider's role mapping grants for these claims, without duplicates. */
export function mapRoleClaims(provider: TOidcProviderConfig, claims: Record<string, unknown>): TMappedMembership[] {
  const values = new Set(readClaimValues(claims, provider.roleClaim));
  const mapped = new Map<string, TMappedMembership>();
  for (const mapping of provider.roleMapping) {
    if (!values.has(mapping.claimValue)) continue;
    mapped.set(`${mapping.organisationId}/${mapping.role}`, {
      organisationId: mapping.organisationId,
      role: mapping.role,
    });
  }
  return [...mapped.values()];
}
