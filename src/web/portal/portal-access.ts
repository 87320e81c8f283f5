import type { TCurrentUser } from "../../common/platform/session-schemas.js";

/**
 * Hint for the portal editing pages, after the portal policies (content editors of the district or
 * a municipal unit). The API decides; this only keeps useless links and controls away.
 */
export function canEditPortalContent(user: TCurrentUser): boolean {
  return user.memberships.some(
    (membership) =>
      membership.role === "content_editor" &&
      (membership.organisationKind === "district" || membership.organisationKind === "municipal_unit"),
  );
}
