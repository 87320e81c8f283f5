import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Images and documents for portal pages. Content editors keep their own administration's files: an
 * editor of a municipal unit the unit's, an editor of the district the district-wide ones. Serving a
 * file on the portal needs no policy (its address is public once a page links it).
 */
export const portalMediaPolicy = definePolicy({
  resource: "portal_media",
  actions: ["list", "upload", "delete"],
  whenDenied: "forbidden",
  rules: [
    allow("content_editor").to("list", "upload", "delete").within("own_organisation", ["district", "municipal_unit"]),
  ],
});
export type TPortalMediaAction = (typeof portalMediaPolicy.actions)[number];
