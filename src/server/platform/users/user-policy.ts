import { userActions } from "../../../common/platform/user-schemas.js";
import { allow, definePolicy } from "../access/policy.js";

/**
 * People who work with KommMit. Administrators manage everyone. A provider's administrators manage
 * the people of their own provider: invite, change provider roles (provider_staff, provider_admin
 * only; enforced in the membership services), deactivate and reactivate; but nobody who also
 * belongs to another organisation (the services check that the whole account is within reach).
 */
export const userPolicy = definePolicy({
  resource: "user",
  actions: userActions,
  whenDenied: "forbidden",
  rules: [
    allow("administrator")
      .to(...userActions)
      .within("everything"),
    allow("provider_admin")
      .to(...userActions)
      .within("own_organisation", ["provider"]),
  ],
});
