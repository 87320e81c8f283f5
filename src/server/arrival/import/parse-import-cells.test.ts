import { describe, expect, it } from "vitest";
import {
  buildMunicipalityIndex,
  buildResidenceIndex,
  parseBirthDate,
  parseDate,
  parseLanguage,
  parseMunicipality,
  parseNationalities,
  parseResidenceCategory,
  parseSex,
} from "./parse-import-cells.js";
import { suggestMapping } from "./suggest-mapping.js";

describe("cells of an arrival list", () => {
  it("reads dates of birth known to the day, the month or only the year", () => {
    const birth = (cell: string) => parseBirthDate(cell);
    expect(birth("03.07.1990")).toEqual({ value: { birthYear: 1990, birthMonth: 7, birthDay: 3 } });
    expect(birth("07.1990")).toEqual({ value: { birthYear: 1990, birthMonth: 7, birthDay: null } });
    expect(birth("00.07.1990")).toEqual({ value: { birthYear: 1990, birthMonth: 7, birthDay: null } });
    expect(birth("00.00.1990")).toEqual({ value: { birthYear: 1990, birthMonth: null, birthDay: null } });
    expect(birth("XX.XX.1990")).toEqual({ value: { birthYear: 1990, birthMonth: null, birthDay: null } });
    expect(birth("1990")).toEqual({ value: { birthYear: 1990, birthMonth: null, birthDay: null } });
    expect(birth("1990-07-03T00:00")).toEqual({ value: { birthYear: 1990, birthMonth: 7, birthDay: 3 } });
    expect(birth("")).toEqual({ value: { birthYear: null, birthMonth: null, birthDay: null } });
    expect(birth("3.7.90")).toEqual({ problem: "birth_date_unreadable" });
    expect(birth("13.13.1990")).toEqual({ problem: "birth_date_unreadable" });
  });

  it("reads other dates in German and ISO writing and tells unreadable from impossible", () => {
    expect(parseDate("1.2.2024")).toEqual({ value: "2024-02-01" });
    expect(parseDate("2024-12-31")).toEqual({ value: "2024-12-31" });
    expect(parseDate("29.02.2023")).toEqual({ problem: "date_impossible" });
    expect(parseDate("12/2024")).toEqual({ problem: "date_unreadable" });
  });

  it("reads sex as German registers write it", () => {
    expect(["m", "W", "d", "x", "", "männlich", "k. A."].map((cell) => parseSex(cell))).toEqual([
      { value: "male" },
      { value: "female" },
      { value: "diverse" },
      { value: "diverse" },
      { value: "not_stated" },
      { value: "male" },
      { value: "not_stated" },
    ]);
    expect(parseSex("q")).toEqual({ problem: "sex_unknown" });
  });

  it("reads nationalities as codes or country names, several at once", () => {
    expect(parseNationalities("Ukraine")).toEqual({ value: ["UA"] });
    expect(parseNationalities("Syrien / TR")).toEqual({ value: ["SY", "TR"] });
    expect(parseNationalities("staatenlos")).toEqual({ value: ["XX"] });
    expect(parseNationalities("QQ")).toEqual({ problem: "nationality_unknown" });
    expect(parseLanguage("Ukrainisch")).toEqual({ value: "uk" });
    expect(parseLanguage("prs")).toEqual({ value: "prs" });
    expect(parseLanguage("Klingonisch")).toEqual({ problem: "language_unknown" });
  });

  it("finds the municipality by key or name and the residence category by name, legal basis or word", () => {
    const municipalities = buildMunicipalityIndex([
      { ags: "03459014", name: "Bramsche" },
      { ags: "03459003", name: "Bad Essen" },
    ]);
    expect(parseMunicipality("03459014", municipalities)).toEqual({ value: "03459014" });
    expect(parseMunicipality("49565 Bramsche", municipalities)).toEqual({ value: "03459014" });
    expect(parseMunicipality("Gemeinde Bad Essen", municipalities)).toEqual({ value: "03459003" });
    expect(parseMunicipality("03459999", municipalities)).toEqual({ problem: "municipality_unknown" });
    const categories = buildResidenceIndex([
      { code: "voruebergehender_schutz", nameDe: "Vorübergehender Schutz", legalBasis: "§24 AufenthG" },
      { code: "asyl_verfahren", nameDe: "Asylsuchend (Aufenthaltsgestattung)", legalBasis: "§55 AsylG" },
    ]);
    expect(parseResidenceCategory("§ 24 AufenthG", categories)).toEqual({ value: "voruebergehender_schutz" });
    expect(parseResidenceCategory("Aufenthaltsgestattung", categories)).toEqual({ value: "asyl_verfahren" });
    expect(parseResidenceCategory("Duldung", categories)).toEqual({ problem: "residence_category_unknown" });
  });

  it("suggests a field for typical German headings, each heading once", () => {
    expect(
      suggestMapping(["Name", "Vorname(n)", "Geb.-Datum", "Staatsangeh.", "PLZ", "Wohnort", "Gültig bis", "Bemerkung"]),
    ).toEqual({
      familyName: "Name",
      givenName: "Vorname(n)",
      birthDate: "Geb.-Datum",
      nationalities: "Staatsangeh.",
      postalCode: "PLZ",
      municipality: "Wohnort",
      permitExpiresOn: "Gültig bis",
    });
  });
});
