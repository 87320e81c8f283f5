import { describe, expect, it } from "vitest";
import { describeChangeValue, type THistoryLookups } from "./concept-history-values.js";

const lookups: THistoryLookups = {
  organisationName: (id) => ({ a: "Landkreis", b: "Sprachschule" })[id],
  municipalityName: (ags) => (ags === "03459014" ? "Bramsche" : undefined),
  fieldOfActionName: (code) => (code === "language" ? "Sprache" : undefined),
  periodStatus: (status) => (status === "active" ? "aktiv" : undefined),
  measureStatus: (status) => (status === "running" ? "läuft" : undefined),
  indicatorKey: (key) => (key === "unmet_needs" ? "Ungedeckte Bedarfe" : undefined),
  formatNumber: (value) => new Intl.NumberFormat("de").format(value),
  formatEuro: (amount) => `${new Intl.NumberFormat("de", { minimumFractionDigits: 2 }).format(amount)} €`,
};

describe("describeChangeValue", () => {
  it("says nothing for empty values", () => {
    expect(describeChangeValue("measure", "description", null, lookups)).toBeNull();
    expect(describeChangeValue("measure", "partnerOrganisationIds", [], lookups)).toBeNull();
    expect(describeChangeValue("measure", "otherPartners", "", lookups)).toBeNull();
  });

  it("names organisations, municipalities, fields of action and indicators, unknown ones by their key", () => {
    expect(describeChangeValue("measure", "partnerOrganisationIds", ["a", "b", "c"], lookups)).toBe(
      "Landkreis, Sprachschule, c",
    );
    expect(describeChangeValue("measure", "municipalityAgs", ["03459014"], lookups)).toBe("Bramsche");
    expect(describeChangeValue("statement", "fieldOfActionCode", "language", lookups)).toBe("Sprache");
    expect(describeChangeValue("sub_goal", "indicatorKey", "unmet_needs", lookups)).toBe("Ungedeckte Bedarfe");
  });

  it("labels a status by its part", () => {
    expect(describeChangeValue("period", "status", "active", lookups)).toBe("aktiv");
    expect(describeChangeValue("measure", "status", "running", lookups)).toBe("läuft");
  });

  it("lists targets by year and formats numbers", () => {
    const targets = [
      { year: 2019, value: 14.5 },
      { year: 2020, value: 12 },
    ];
    expect(describeChangeValue("sub_goal", "targets", targets, lookups)).toBe("2019: 14,5; 2020: 12");
    expect(describeChangeValue("measure", "budgetEur", 1500.5, lookups)).toBe("1.500,50 €");
    expect(describeChangeValue("sub_goal", "baselineValue", 12345.5, lookups)).toBe("12.345,5");
    expect(describeChangeValue("period", "startYear", 2026, lookups)).toBe("2026");
    expect(describeChangeValue("measure", "number", 1, lookups)).toBe("1");
    expect(describeChangeValue("period", "name", "Konzept", lookups)).toBe("Konzept");
  });
});
