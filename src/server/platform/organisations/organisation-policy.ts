import { organisationActions } from "../../../common/platform/organisation-schemas.js";
import { allow, definePolicy } from "../access/policy.js";

/**
 * Organisations: the district's administrators manage all of them; a provider's administrators
 * see and edit their own provider (its name and type), nothing else.
 */
export const organisationPolicy = definePolicy({
  resource: "organisation",
  actions: organisationActions,
  whenDenied: "forbidden",
  rules: [
    allow("administrator").to("list", "read", "create", "update").within("everything"),
    allow("provider_admin").to("list", "read", "update").within("own_organisation", ["provider"]),
  ],
});
