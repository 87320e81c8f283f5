import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Portal events. Content editors keep the events of their own organisation: a municipal unit's
 * editor those of the unit, the district's editor the district-wide ones (own_organisation, turned
 * into SQL on municipal_unit_key by portal-event-reach.ts). Another unit's event is not found (404).
 * Published events are public (the .ics files and the public API need no policy).
 */
export const portalEventPolicy = definePolicy({
  resource: "portal_event",
  actions: ["list", "read", "create", "update", "publish", "delete", "import"],
  whenDenied: "forbidden",
  rules: [
    allow("content_editor")
      .to("list", "read", "create", "update", "publish", "delete", "import")
      .within("own_organisation", ["district", "municipal_unit"]),
  ],
});

export type TPortalEventAction = (typeof portalEventPolicy.actions)[number];
