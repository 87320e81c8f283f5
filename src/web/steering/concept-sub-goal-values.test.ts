import { describe, expect, it } from "vitest";
import type { TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import { placeSubGoalField, targetYearsOf, toSubGoalBody, toSubGoalValues } from "./concept-sub-goal-values.js";

const subGoal: TConceptSubGoal = {
  id: "6b3f4c1e-2a4d-4e8f-9a1b-0c2d3e4f5a6b",
  statementId: "7c4f5d2e-3b5e-4f9a-8b2c-1d3e4f5a6b7c",
  number: 2,
  title: "Schneller Erstkontakt",
  indicatorDescription: "Tage bis zum Erstkontakt",
  indicatorKey: "days_arrival_to_first_contact",
  indicatorUnit: "Tage",
  baseline: { value: 21.5, year: 2017, source: "Statistik" },
  targets: [
    { year: 2019, value: 14 },
    { year: 2025, value: 7 },
  ],
  responsibleOrganisation: { id: "8d5a6e3f-4c6f-4a0b-9c3d-2e4f5a6b7c8d", name: "Landkreis" },
  measures: [],
  version: 3,
  updatedAt: "2026-12-01T10:00:00.000Z",
};

describe("sub-goal form values", () => {
  it("offers the period's years and stored ones outside them", () => {
    expect(targetYearsOf({ startYear: 2018, endYear: 2020 }, subGoal)).toEqual([2018, 2019, 2020, 2025]);
    expect(targetYearsOf({ startYear: 2018, endYear: 2018 })).toEqual([2018]);
  });

  it("round-trips a stored sub-goal, German decimals in the fields", () => {
    const values = toSubGoalValues(subGoal, "de");
    expect(values.baselineValue).toBe("21,5");
    expect(values.targets).toEqual({ "2019": "14", "2025": "7" });
    expect(toSubGoalBody(values, [2018, 2019, 2020, 2025])).toEqual({
      number: 2,
      title: "Schneller Erstkontakt",
      indicatorDescription: "Tage bis zum Erstkontakt",
      indicatorKey: "days_arrival_to_first_contact",
      indicatorUnit: "Tage",
      baseline: { value: 21.5, year: 2017, source: "Statistik" },
      targets: [
        { year: 2019, value: 14 },
        { year: 2025, value: 7 },
      ],
      responsibleOrganisationId: "8d5a6e3f-4c6f-4a0b-9c3d-2e4f5a6b7c8d",
    });
  });

  it("leaves out the number, the baseline and empty targets of a new sub-goal", () => {
    const values = { ...toSubGoalValues(undefined, "de"), title: "Neu", targets: { "2018": " ", "2019": "3,5" } };
    expect(toSubGoalBody(values, [2018, 2019])).toEqual({
      title: "Neu",
      indicatorDescription: "",
      indicatorKey: null,
      indicatorUnit: "",
      baseline: null,
      targets: [{ year: 2019, value: 3.5 }],
      responsibleOrganisationId: null,
    });
  });

  it("asks for a baseline's value and year once any of its fields is filled", () => {
    const values = { ...toSubGoalValues(undefined, "en"), baselineSource: "Census" };
    expect(toSubGoalBody(values, []).baseline).toEqual({ value: undefined, year: undefined, source: "Census" });
  });

  it("places a target's problem on the field of its year", () => {
    const values = { ...toSubGoalValues(undefined, "de"), targets: { "2019": "1", "2021": "2" } };
    const place = placeSubGoalField(values, [2019, 2020, 2021]);
    expect(place("targets.1.year")).toBe("targets.2021");
    expect(place("targets.5.value")).toBeUndefined();
    expect(place("baseline.year")).toBe("baselineYear");
    expect(place("title")).toBe("title");
    expect(place("version")).toBeUndefined();
  });
});
