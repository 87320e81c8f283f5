import type { TRole } from "../../../common/platform/organisations.js";
import {
  providerRoles,
  type TUserAction,
  type TUserStatus,
  userActions,
} from "../../../common/platform/user-schemas.js";
import { findOrganisationReach } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { userPolicy } from "./user-policy.js";

/** Actions that change the whole account, not one membership: only for actors who reach all of it. */
const accountWideActions: readonly TUserAction[] = ["update", "deactivate", "reactivate"];

function reaches(reach: "everything" | string[], organisationId: string): boolean {
  return reach === "everything" || reach.includes(organisationId);
}

/**
 * What the actor may do with a user who belongs to these organisations. A provider's administrator
 * reaches a user through a membership in their provider; but deactivating or renaming someone who
 * also works elsewhere is for the district's administrators.
 */
export function listUserActions(actor: TAuthenticatedActor, organisationIds: readonly string[]): TUserAction[] {
  return userActions.filter((action) => {
    const reach = findOrganisationReach(actor, userPolicy, action);
    if (reach === "everything") return true;
    if (accountWideActions.includes(action)) {
      return organisationIds.length > 0 && organisationIds.every((id) => reaches(reach, id));
    }
    return organisationIds.some((id) => reaches(reach, id));
  });
}

/** Whether the actor may grant or revoke this role in this organisation (provider admins: provider roles only). */
export function canManageMembership(actor: TAuthenticatedActor, organisationId: string, role: TRole): boolean {
  const reach = findOrganisationReach(actor, userPolicy, "manage_memberships");
  if (reach === "everything") return true;
  return reach.includes(organisationId) && (providerRoles as readonly TRole[]).includes(role);
}

export function toUserStatus(isActive: boolean, invitedAt: Date | null): TUserStatus {
  if (isActive) return "active";
  return invitedAt ? "invited" : "deactivated";
}
