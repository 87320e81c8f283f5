import { describe, expect, it } from "vitest";
import type { TConceptPeriod } from "../../common/steering/concept-view-schemas.js";
import { conceptEditingOf, periodStatusChoices } from "./concept-editing.js";

const period: TConceptPeriod = {
  id: "6b3f4c1e-2a4d-4e8f-9a1b-0c2d3e4f5a6b",
  name: "Integrationskonzept 2026–2030",
  startYear: 2026,
  endYear: 2030,
  status: "active",
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedByName: null,
  version: 1,
  updatedAt: "2026-12-01T10:00:00.000Z",
  statements: [],
  allowedActions: ["list", "read", "create", "update", "delete"],
};
const choices = { organisations: [], municipalities: [], reload: () => undefined };

describe("concept editing", () => {
  it("lets the parts of an open period be changed as the API allows", () => {
    expect(conceptEditingOf(period, choices)).toMatchObject({ canUpdate: true, canDelete: true });
    const readOnly = conceptEditingOf({ ...period, allowedActions: ["list", "read"] }, choices);
    expect(readOnly).toMatchObject({ canUpdate: false, canDelete: false });
  });

  it("freezes the parts of a closed period", () => {
    expect(conceptEditingOf({ ...period, status: "closed" }, choices)).toMatchObject({
      canUpdate: false,
      canDelete: false,
    });
  });

  it("offers the status moves of conceptPeriodTransitions, staying first", () => {
    expect(periodStatusChoices(undefined)).toEqual(["draft", "active"]);
    expect(periodStatusChoices("draft")).toEqual(["draft", "active"]);
    expect(periodStatusChoices("active")).toEqual(["active", "draft", "closed"]);
    expect(periodStatusChoices("closed")).toEqual(["closed", "active"]);
  });
});
