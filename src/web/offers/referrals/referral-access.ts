import type { TCurrentUser } from "../../../common/platform/session-schemas.js";

/**
 * After the server's referral policy (src/server/offers/referrals/referral-policy.ts): provider
 * staff answer referrals to their organisation. The API decides; this only keeps the inbox link away from others.
 */
export function canAnswerReferrals(user: TCurrentUser): boolean {
  return user.memberships.some((membership) => ["provider_staff", "provider_admin"].includes(membership.role));
}
