import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Referrals (ACCESS.md rule 4). Caseworkers send and withdraw referrals of persons within their
 * person area and follow them (the person scope, in SQL); provider staff answer the referrals to
 * their own organisation and reach the person only through the referral's field set while it is
 * active and consent is valid now (referral-access.ts). Existence stays secret: denial is 404.
 */
export const referralPolicy = definePolicy({
  resource: "referral",
  actions: ["list", "read", "send", "withdraw", "respond"],
  whenDenied: "not_found",
  rules: [
    allow("caseworker").to("list", "read", "send", "withdraw").within("person_area"),
    allow("provider_staff", "provider_admin").to("list", "read", "respond").within("own_organisation"),
  ],
});

export type TReferralAction = (typeof referralPolicy.actions)[number];
