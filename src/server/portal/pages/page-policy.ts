import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Portal pages in the staff app. Content editors keep their own administration's pages: an editor
 * of a municipal unit its unit's, an editor of the district the district-wide ones shown in every
 * municipality (page-reach.ts). Published pages are public without any policy (the portal).
 * Another administration's page is simply not found.
 */
export const portalPagePolicy = definePolicy({
  resource: "portal_page",
  actions: ["list", "read", "create", "update", "publish"],
  whenDenied: "not_found",
  rules: [
    allow("content_editor")
      .to("list", "read", "create", "update", "publish")
      .within("own_organisation", ["district", "municipal_unit"]),
  ],
});

export type TPortalPageAction = (typeof portalPagePolicy.actions)[number];
