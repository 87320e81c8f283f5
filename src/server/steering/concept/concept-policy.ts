import { conceptActions } from "../../../common/steering/concept.js";
import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * The integration concept: the district's coordinators (steering) keep it, district-wide. Nobody
 * else reads it through the API for now; the evaluation report will make it public knowledge.
 */
export const conceptPolicy = definePolicy({
  resource: "steering_concept",
  actions: conceptActions,
  whenDenied: "forbidden",
  rules: [
    allow("district_coordinator")
      .to(...conceptActions)
      .within("everything", ["district"]),
  ],
});
export type TConceptPolicyAction = (typeof conceptPolicy.actions)[number];
