import { describe, expect, it } from "vitest";
import { personPolicy } from "../../../arrival/persons/person-policy.js";
import { isSecondFactorRequiredFor, SECOND_FACTOR_ROLES } from "./second-factor-roles.js";

describe("SECOND_FACTOR_ROLES", () => {
  it("is exactly every role of the person policy, plus administrator and auditor", () => {
    const personRoles = personPolicy.rules.flatMap((rule) => rule.roles);
    const expected = new Set([...personRoles, "administrator", "auditor"]);
    expect([...SECOND_FACTOR_ROLES].sort()).toEqual([...expected].sort());
  });

  it("is required when any role needs it, and not for steering or content roles alone", () => {
    expect(isSecondFactorRequiredFor(["content_editor", "caseworker"])).toBe(true);
    expect(isSecondFactorRequiredFor(["district_coordinator", "content_editor"])).toBe(false);
    expect(isSecondFactorRequiredFor([])).toBe(false);
  });
});
