import type { TCurrentUser } from "../../../common/platform/session-schemas.js";

/**
 * A hint after the server's page policy (src/server/portal/pages/page-policy.ts): content editors
 * of the district or a municipal unit keep pages. The API decides; this keeps useless links away.
 */
export function canEditPortalPages(user: TCurrentUser): boolean {
  return user.memberships.some(
    (membership) =>
      membership.role === "content_editor" &&
      (membership.organisationKind === "district" || membership.organisationKind === "municipal_unit"),
  );
}
