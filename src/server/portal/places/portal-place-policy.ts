import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Portal places and contacts. Content editors keep their own organisation's content: a municipal
 * unit's editor the unit's places and contacts, the district's editor the district-wide ones
 * (content-reach.ts turns that into SQL). Published places are also public (no policy).
 */
export const portalPlacePolicy = definePolicy({
  resource: "portal_place",
  actions: ["list", "read", "create", "update", "publish", "delete"],
  whenDenied: "forbidden",
  rules: [
    allow("content_editor")
      .to("list", "read", "create", "update", "publish", "delete")
      .within("own_organisation", ["district", "municipal_unit"]),
  ],
});
export type TPortalPlaceAction = (typeof portalPlacePolicy.actions)[number];

export const portalContactPolicy = definePolicy({
  resource: "portal_contact",
  actions: ["list", "read", "create", "update", "delete"],
  whenDenied: "forbidden",
  rules: [
    allow("content_editor")
      .to("list", "read", "create", "update", "delete")
      .within("own_organisation", ["district", "municipal_unit"]),
  ],
});
export type TPortalContactAction = (typeof portalContactPolicy.actions)[number];
