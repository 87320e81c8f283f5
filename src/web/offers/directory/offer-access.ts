import type { TCurrentUser } from "../../../common/platform/session-schemas.js";

/**
 * Hints for the directory pages, after the server's offer policy (src/server/offers/offer-policy.ts).
 * The API decides; these only keep useless links and controls away.
 */
export function canKeepOffers(user: TCurrentUser): boolean {
  return user.memberships.some(
    (membership) => membership.role === "provider_staff" || membership.role === "provider_admin",
  );
}

/** Caseworkers and content editors of the district or a municipal unit review submissions. */
export function canReviewOffers(user: TCurrentUser): boolean {
  return user.memberships.some(
    (membership) =>
      (membership.role === "caseworker" || membership.role === "content_editor") &&
      (membership.organisationKind === "district" || membership.organisationKind === "municipal_unit"),
  );
}

/** Who sees the list of offers at all: providers their own, reviewers and the coordination all of them. */
export function canListOffers(user: TCurrentUser): boolean {
  return (
    canKeepOffers(user) ||
    canReviewOffers(user) ||
    user.memberships.some((membership) => membership.role === "district_coordinator")
  );
}
