import { apiTokenActions } from "../../../../common/platform/api-token-schemas.js";
import type { TRole } from "../../../../common/platform/organisations.js";
import { allow, definePolicy } from "../../access/policy.js";

/**
 * API tokens for system integrations. Administrators manage every token; a provider's admins
 * manage their own provider's tokens, and may issue only the provider roles (PROVIDER_TOKEN_ROLES,
 * enforced in create-api-token.ts) so no one hands a token more than they hold.
 */
export const apiTokenPolicy = definePolicy({
  resource: "api_token",
  actions: apiTokenActions,
  whenDenied: "forbidden",
  rules: [
    allow("administrator").to("list", "create", "revoke").within("everything"),
    allow("provider_admin").to("list", "create", "revoke").within("own_organisation", ["provider"]),
  ],
});

export const PROVIDER_TOKEN_ROLES: readonly TRole[] = ["provider_staff", "provider_admin"];
