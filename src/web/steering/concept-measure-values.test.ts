import { describe, expect, it } from "vitest";
import { ZConceptMeasureInput } from "../../common/steering/concept-schemas.js";
import type { TConceptMeasure } from "../../common/steering/concept-view-schemas.js";
import { toMeasureBody, toMeasureValues } from "./concept-measure-values.js";

const partner = { id: "8d5a6e3f-4c6f-4a0b-9c3d-2e4f5a6b7c8d", name: "Sprachschule" };
const measure: TConceptMeasure = {
  id: "6b3f4c1e-2a4d-4e8f-9a1b-0c2d3e4f5a6b",
  subGoalId: "7c4f5d2e-3b5e-4f9a-8b2c-1d3e4f5a6b7c",
  number: 1,
  title: "Sprachcafé",
  description: null,
  responsibleOrganisation: null,
  partnerOrganisations: [partner],
  otherPartners: "Kirchengemeinde",
  municipalityAgs: ["03459014"],
  startsOn: "2026-01-01",
  endsOn: null,
  status: "running",
  budgetEur: 1500.5,
  progressNotes: null,
  version: 2,
  updatedAt: "2026-12-01T10:00:00.000Z",
};

describe("measure form values", () => {
  it("round-trips a stored measure", () => {
    const values = toMeasureValues(measure, "de");
    expect(values.budgetEur).toBe("1500,5");
    expect(toMeasureBody(values)).toEqual({
      number: 1,
      title: "Sprachcafé",
      description: "",
      responsibleOrganisationId: null,
      partnerOrganisationIds: [partner.id],
      otherPartners: "Kirchengemeinde",
      municipalityAgs: ["03459014"],
      startsOn: "2026-01-01",
      endsOn: null,
      status: "running",
      budgetEur: 1500.5,
      progressNotes: "",
    });
  });

  it("gives a new measure no number, and the schema takes it", () => {
    const body = toMeasureBody({ ...toMeasureValues(undefined, "en"), title: "New", budgetEur: "" });
    expect(body).not.toHaveProperty("number");
    expect(body.budgetEur).toBeNull();
    const parsed = ZConceptMeasureInput.parse(body);
    expect(parsed.description).toBeNull();
    expect(parsed.status).toBe("planned");
  });

  it("lets the schema refuse a budget that is no number", () => {
    const body = toMeasureBody({ ...toMeasureValues(undefined, "de"), title: "X", budgetEur: "viel" });
    expect(ZConceptMeasureInput.safeParse(body).success).toBe(false);
  });
});
