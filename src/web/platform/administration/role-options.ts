import type { TFunction } from "i18next";
import type { TOrganisationKind, TRole } from "../../../common/platform/organisations.js";
import type { TCurrentUser } from "../../../common/platform/session-schemas.js";
import { providerRoles, rolesByOrganisationKind } from "../../../common/platform/user-schemas.js";
import { describeRole } from "../session/membership-labels.js";

export function isAdministrator(user: TCurrentUser): boolean {
  return user.memberships.some((membership) => membership.role === "administrator");
}

/** The roles the signed-in user may hand out in an organisation of this kind (the server checks again). */
export function listGrantableRoles(user: TCurrentUser, kind: TOrganisationKind | undefined, t: TFunction) {
  if (!kind) return [];
  const fitting = rolesByOrganisationKind[kind];
  const allowed = isAdministrator(user)
    ? fitting
    : fitting.filter((role) => (providerRoles as readonly TRole[]).includes(role));
  return allowed.map((role) => ({ value: role, label: describeRole(role, t) }));
}
