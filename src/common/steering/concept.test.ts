import { describe, expect, it } from "vitest";
import { isConceptPeriodTransitionAllowed } from "./concept.js";
import { ZConceptMeasureInput, ZConceptSubGoalInput } from "./concept-schemas.js";

describe("the concept period's status moves", () => {
  it("allows draft → active → closed, back to draft from active, reopening, and staying", () => {
    expect(isConceptPeriodTransitionAllowed("draft", "active")).toBe(true);
    expect(isConceptPeriodTransitionAllowed("active", "closed")).toBe(true);
    expect(isConceptPeriodTransitionAllowed("active", "draft")).toBe(true);
    expect(isConceptPeriodTransitionAllowed("closed", "active")).toBe(true);
    expect(isConceptPeriodTransitionAllowed("closed", "closed")).toBe(true);
    expect(isConceptPeriodTransitionAllowed("draft", "closed")).toBe(false);
    expect(isConceptPeriodTransitionAllowed("closed", "draft")).toBe(false);
  });
});

describe("the concept's field rules", () => {
  it("fills defaults and turns empty text into null", () => {
    const subGoal = ZConceptSubGoalInput.parse({ title: " Teilziel ", indicatorDescription: "" });
    expect(subGoal).toMatchObject({ title: "Teilziel", indicatorDescription: null, targets: [], baseline: null });
    const measure = ZConceptMeasureInput.parse({ title: "Maßnahme" });
    expect(measure).toMatchObject({
      status: "planned",
      partnerOrganisationIds: [],
      municipalityAgs: [],
      budgetEur: null,
    });
  });

  it("takes budgets in cents, not below", () => {
    expect(ZConceptMeasureInput.safeParse({ title: "M", budgetEur: 0.29 }).success).toBe(true);
    expect(ZConceptMeasureInput.safeParse({ title: "M", budgetEur: 1999.99 }).success).toBe(true);
    expect(ZConceptMeasureInput.safeParse({ title: "M", budgetEur: 0.001 }).success).toBe(false);
    expect(ZConceptMeasureInput.safeParse({ title: "M", budgetEur: -1 }).success).toBe(false);
  });
});
