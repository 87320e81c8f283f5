import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { HttpProblem } from "../../platform/http/problems.js";
import { ConceptImportProblems } from "./concept-xlsx-problems.js";
import { readConceptWorkbook } from "./concept-xlsx-read.js";
import { readImportedConcept } from "./concept-xlsx-rows.js";
import { buildTestWorkbook } from "./concept-xlsx-test-workbooks.js";

const organisations = new Map([
  ["migrationszentrum", ["11111111-1111-4111-8111-111111111111"]],
  ["vhs", ["22222222-2222-4222-8222-222222222222"]],
  ["caritas", ["33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"]],
]);

async function read(rows: Parameters<typeof buildTestWorkbook>[0]) {
  const problems = new ConceptImportProblems("de");
  const workbook = await readConceptWorkbook(await buildTestWorkbook(rows), problems);
  return { imported: readImportedConcept(workbook, organisations, problems), problems };
}

const statement = ["sprache", "Sprache", "Deutsch für alle.", ""];

describe("reading a concept workbook's rows", () => {
  it("takes what people type: decimal commas, German dates, status words, names and AGS without the zero", async () => {
    const { imported, problems } = await read({
      Handlungsfelder: [statement],
      Teilziele: [["sprache", 1, "Beratung", "", "", "%", "48,5", 2017, "", "", "", "", "", 80, " Migrationszentrum "]],
      Maßnahmen: [
        [
          "sprache",
          1,
          2,
          "Kurs",
          "",
          "VHS",
          "vhs; Migrationszentrum",
          "",
          "3459014; 03459024",
          "1.3.2019",
          "2021-12-31",
          "Abgeschlossen",
          "1250,5",
          "",
        ],
      ],
    });
    expect(problems.items).toEqual([]);
    expect(imported.statements).toEqual([
      { row: 2, input: { fieldOfActionCode: "sprache", guidingPrinciple: "Deutsch für alle.", challenges: null } },
    ]);
    expect(imported.subGoals[0]).toMatchObject({
      row: 2,
      fields: {
        number: 1,
        baseline: { value: 48.5, year: 2017, source: null },
        targets: [{ year: 2022, value: 80 }],
        responsibleOrganisationId: "11111111-1111-4111-8111-111111111111",
      },
      targetHeaders: ["Ziel 2022"],
    });
    expect(imported.measures[0]).toMatchObject({
      subGoalNumber: 1,
      fields: {
        number: 2,
        partnerOrganisationIds: ["22222222-2222-4222-8222-222222222222", "11111111-1111-4111-8111-111111111111"],
        municipalityAgs: ["03459014", "03459024"],
        startsOn: "2019-03-01",
        status: "done",
        budgetEur: 1250.5,
      },
    });
  });

  it("reports every bad cell once, and rows whose numbers repeat", async () => {
    const { problems } = await read({
      Handlungsfelder: [statement, statement],
      Teilziele: [["sprache", "eins", "", "", "unbekannt", "", "", "", "", "", "", "", "", "", "Caritas"]],
      Maßnahmen: [["sprache", 1, 1, "Kurs", "", "", "Niemand", "", "", "", "", "", "1,234", ""]],
    });
    expect(problems.items.map(({ sheet, row, column, code }) => `${sheet} ${row} ${column} ${code}`)).toEqual([
      "Handlungsfelder 3 Handlungsfeld concept_import_row_duplicate",
      "Teilziele 2 Teilziel concept_import_number_required",
      "Teilziele 2 Verantwortlich concept_import_organisation_ambiguous",
      "Teilziele 2 Bezeichnung concept_title_required",
      "Teilziele 2 Indikator-Schlüssel invalid_value",
      "Maßnahmen 2 Partnerorganisationen concept_organisation_unknown",
      "Maßnahmen 2 Budget (EUR) concept_budget_cents",
    ]);
  });

  it("stops at missing sheets and columns, naming each", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Handlungsfelder").addRow(["Handlungsfeld", "Leitbild"]);
    workbook.addWorksheet("Teilziele");
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const problems = new ConceptImportProblems("en");
    await expect(readConceptWorkbook(bytes, problems)).rejects.toBeInstanceOf(HttpProblem);
    expect(problems.items).toEqual([
      expect.objectContaining({ sheet: "Maßnahmen", code: "concept_import_sheet_missing" }),
    ]);

    workbook.addWorksheet("Maßnahmen").addRow(["Handlungsfeld"]);
    const again = new ConceptImportProblems("en");
    const rows = await readConceptWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), again);
    expect(() => readImportedConcept(rows, organisations, again)).toThrow(HttpProblem);
    expect(again.items[0]).toMatchObject({
      pointer: "/file/Handlungsfelder/1/Herausforderungen",
      column: "Herausforderungen",
      detail: "This column is missing from the sheet's first row.",
    });
  });
});
