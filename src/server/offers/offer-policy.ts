import { allow, definePolicy } from "../platform/access/policy.js";

/**
 * The offers directory. Providers keep their own offers (own_organisation: drafts, submissions and
 * published ones); the district's and municipal units' caseworkers and content editors read the
 * whole directory and review submissions before they are published; steering reads it. Published
 * offers are also public (portal API, no policy).
 */
export const offerPolicy = definePolicy({
  resource: "offer",
  actions: ["list", "read", "create", "update", "review"],
  whenDenied: "forbidden",
  rules: [
    allow("provider_staff", "provider_admin").to("list", "read", "create", "update").within("own_organisation"),
    allow("caseworker", "content_editor")
      .to("list", "read", "review")
      .within("everything", ["district", "municipal_unit"]),
    allow("district_coordinator").to("list", "read").within("everything"),
  ],
});

export type TOfferAction = (typeof offerPolicy.actions)[number];
