import { and, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { conceptChanges } from "./concept-tables.js";
import {
  buildConceptPeople,
  buildMeasureBody,
  buildSend,
  buildSubGoalBody,
  periodBody,
  type TSend,
} from "./concept-test-helpers.js";
import { buildTestWorkbook, sheetValues } from "./concept-xlsx-test-workbooks.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;
/** The period every test reads: Sprache with one sub-goal and its measure, Arbeit without sub-goals. */
let source: { id: string };

const base = "/api/steering/concept-periods";

beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  people = await buildConceptPeople(t.database.db);
  source = await createPeriod("Integrationskonzept 2018–2022");
  const statement = (
    await send("POST", `${base}/${source.id}/statements`, people.coordinator, {
      fieldOfActionCode: "sprache",
      guidingPrinciple: "Alle Neuzugewanderten lernen Deutsch.",
      challenges: "Wartezeiten auf Integrationskurse",
    })
  ).json();
  await send("POST", `${base}/${source.id}/statements`, people.coordinator, {
    fieldOfActionCode: "arbeit",
    guidingPrinciple: "Arbeit für alle.",
  });
  const subGoal = (
    await send(
      "POST",
      `/api/steering/statements/${statement.id}/sub-goals`,
      people.coordinator,
      buildSubGoalBody({ responsibleOrganisationId: people.providerA.id }),
    )
  ).json();
  const measure = await send(
    "POST",
    `/api/steering/sub-goals/${subGoal.id}/measures`,
    people.coordinator,
    buildMeasureBody({
      responsibleOrganisationId: people.providerA.id,
      partnerOrganisationIds: [people.providerB.id, people.districtOffice.id],
    }),
  );
  expect(measure.statusCode).toBe(201);
});
afterAll(() => t.close());

async function createPeriod(name: string, body: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await send("POST", base, people.coordinator, { ...periodBody, name, ...body });
  expect(response.statusCode).toBe(201);
  return response.json();
}

async function exportOf(id: string): Promise<Buffer> {
  const response = await t.app.inject({ method: "GET", url: `${base}/${id}/export.xlsx`, cookies: people.coordinator });
  expect(response.statusCode).toBe(200);
  return response.rawPayload;
}

function upload(id: string, bytes: Uint8Array, { dryRun = false, language = "de", cookies = people.coordinator } = {}) {
  return t.app.inject({
    method: "POST",
    url: `${base}/${id}/import${dryRun ? "?dryRun=true" : ""}`,
    cookies,
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "accept-language": language,
    },
    payload: Buffer.from(bytes),
  });
}

/** The period's tree without ids, versions and times: what an export and import must keep. */
async function treeOf(id: string) {
  const period = (await send("GET", `${base}/${id}`, people.coordinator)).json();
  return JSON.parse(
    JSON.stringify(period.statements, (key, value) =>
      ["id", "statementId", "subGoalId", "periodId", "version", "updatedAt"].includes(key) ? undefined : value,
    ),
  );
}

async function historyCount(periodId: string): Promise<number> {
  return (await t.database.db.select().from(conceptChanges).where(eq(conceptChanges.periodId, periodId))).length;
}

describe("concept workbook: export", () => {
  it("writes the three sheets with bold, frozen headings and the same cells for the same data", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `${base}/${source.id}/export.xlsx`,
      cookies: people.coordinator,
    });
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("Integrationskonzept_2018_2022.xlsx")}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Handlungsfelder", "Teilziele", "Maßnahmen"]);
    const subGoals = workbook.getWorksheet("Teilziele");
    expect(subGoals?.getRow(1).font?.bold).toBe(true);
    expect(subGoals?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheetValues(workbook, "Handlungsfelder")).toEqual([
      ["Handlungsfeld", "Name", "Leitbild", "Herausforderungen"],
      ["sprache", expect.any(String), "Alle Neuzugewanderten lernen Deutsch.", "Wartezeiten auf Integrationskurse"],
      ["arbeit", expect.any(String), "Arbeit für alle.", null],
    ]);
    const [subGoalHeader, subGoalRow] = sheetValues(workbook, "Teilziele");
    expect(subGoalHeader?.slice(9, 14)).toEqual(["Ziel 2018", "Ziel 2019", "Ziel 2020", "Ziel 2021", "Ziel 2022"]);
    expect(subGoalRow).toEqual([
      "sprache",
      1,
      expect.stringContaining("zwei Wochen"),
      expect.any(String),
      "first_interview_within_target_share",
      "%",
      48.5,
      2017,
      "Fallakten Migrationszentrum",
      null,
      null,
      65,
      null,
      80,
      people.providerA.name,
    ]);
    const [, measureRow] = sheetValues(workbook, "Maßnahmen");
    expect(measureRow?.slice(0, 3)).toEqual(["sprache", 1, 1]);
    expect(measureRow?.slice(5, 14)).toEqual([
      people.providerA.name,
      `${people.providerB.name}; ${people.districtOffice.name}`,
      "Kirchengemeinden",
      "03459014; 03459024",
      new Date("2019-03-01T00:00:00Z"),
      new Date("2021-12-31T00:00:00Z"),
      "läuft",
      12500.5,
      "In fünf von acht Samtgemeinden gestartet.",
    ]);

    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await exportOf(source.id)).slice().buffer);
    expect(again.created).toEqual(workbook.created);
    for (const name of ["Handlungsfelder", "Teilziele", "Maßnahmen"]) {
      expect(sheetValues(again, name)).toEqual(sheetValues(workbook, name));
    }
  });

  it("is for the district's coordinators only", async () => {
    const url = `${base}/${source.id}/export.xlsx`;
    expect((await t.app.inject({ method: "GET", url, cookies: people.caseworker })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });
});

describe("concept workbook: import", () => {
  it("round-trips into a fresh period, a dry run writes nothing, and a second import changes nothing", async () => {
    const bytes = await exportOf(source.id);
    const target = await createPeriod("Kopie");
    const dry = await upload(target.id, bytes, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    const added = { added: 1, changed: 0, unchanged: 0 };
    expect(dry.json()).toEqual({ dryRun: true, statements: { ...added, added: 2 }, subGoals: added, measures: added });
    expect(await treeOf(target.id)).toEqual([]);
    const historyBefore = await historyCount(target.id);

    const real = await upload(target.id, bytes);
    expect(real.json()).toEqual({
      dryRun: false,
      statements: { ...added, added: 2 },
      subGoals: added,
      measures: added,
    });
    expect(await treeOf(target.id)).toEqual(await treeOf(source.id));
    expect(await historyCount(target.id)).toBe(historyBefore + 4);
    const changes = await t.database.db.select().from(conceptChanges).where(eq(conceptChanges.periodId, target.id));
    const measureIds = changes.filter((change) => change.part === "measure").map((change) => change.subjectId);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(inArray(auditEvents.subjectId, measureIds), eq(auditEvents.action, "steering_concept.create")));
    expect(events.map((event) => event.subjectType)).toEqual(["concept_measure"]);

    const same = await upload(target.id, bytes);
    const unchanged = { added: 0, changed: 0, unchanged: 1 };
    expect(same.json()).toMatchObject({
      statements: { ...unchanged, unchanged: 2 },
      subGoals: unchanged,
      measures: unchanged,
    });
    expect(await historyCount(target.id)).toBe(historyBefore + 4);
  });

  it("changes what differs and leaves parts the file does not name as they are", async () => {
    const target = await createPeriod("Teilweise");
    await upload(target.id, await exportOf(source.id));
    const workbook = buildTestWorkbook({
      Handlungsfelder: [["sprache", "", "Deutsch für alle.", "Wartezeiten auf Integrationskurse"]],
      Teilziele: [],
      Maßnahmen: [],
    });
    const response = await upload(target.id, await workbook);
    expect(response.json()).toMatchObject({
      statements: { added: 0, changed: 1, unchanged: 0 },
      subGoals: { added: 0, changed: 0, unchanged: 0 },
    });
    const tree = await treeOf(target.id);
    expect(tree[0]).toMatchObject({ guidingPrinciple: "Deutsch für alle." });
    expect(tree[0].subGoals[0].measures).toHaveLength(1);
    expect(tree[1]).toMatchObject({ fieldOfActionCode: "arbeit", guidingPrinciple: "Arbeit für alle." });
    const [latest] = (await send("GET", `${base}/${target.id}/history`, people.coordinator)).json().items;
    expect(latest).toMatchObject({ part: "statement", kind: "changed", fields: ["guidingPrinciple"] });
  });

  it("reports every bad row with sheet, row and column, in German or English, and writes nothing", async () => {
    const target = await createPeriod("Fehlerhaft");
    const bytes = await buildTestWorkbook({
      Handlungsfelder: [
        ["sprache", "", "Deutsch für alle.", ""],
        ["raumfahrt", "", "Zum Mond.", ""],
        ["arbeit", "", " ", ""],
      ],
      Teilziele: [["sprache", 1, "Beratung", "", "", "", "viel", 2017, "", 70, "", "", "", "", "Unbekannter Träger"]],
      Maßnahmen: [
        ["sprache", 2, 1, "Sprechstunde", "", "", "", "", "03459014", "2019-02-30", "", "läuft", "", ""],
        ["sprache", 1, 1, "Kurs", "", "", "", "", "09999999", "", "", "vielleicht", "", ""],
      ],
    });
    const response = await upload(target.id, bytes);
    expect(response.statusCode).toBe(422);
    const places = response
      .json()
      .errors.map((error: { sheet: string; row: number; column?: string; code: string }) =>
        [error.sheet, error.row, error.column, error.code].join(" | "),
      );
    expect(places.sort()).toEqual(
      [
        "Handlungsfelder | 3 | Handlungsfeld | field_of_action_unknown",
        "Handlungsfelder | 4 | Leitbild | concept_guiding_principle_required",
        "Maßnahmen | 2 | Beginn | date_invalid",
        "Maßnahmen | 2 | Teilziel | concept_import_sub_goal_missing",
        "Maßnahmen | 3 | Status | concept_import_status_unknown",
        "Maßnahmen | 3 | Gemeinden (AGS) | concept_municipality_unknown",
        "Teilziele | 2 | Ausgangswert | concept_import_number_invalid",
        "Teilziele | 2 | Verantwortlich | concept_organisation_unknown",
      ].sort(),
    );
    expect(response.json().title).toBe("Die Datei enthält Fehler; es wurde nichts übernommen.");
    expect(await treeOf(target.id)).toEqual([]);
    expect(await historyCount(target.id)).toBe(1);

    const english = await upload(target.id, bytes, { language: "en" });
    const unknown = english
      .json()
      .errors.find((error: { code: string }) => error.code === "concept_organisation_unknown");
    expect(unknown).toMatchObject({
      pointer: "/file/Teilziele/2/Verantwortlich",
      detail: "This organisation does not exist in the district. Please choose it from the list.",
    });
  });

  it("checks the years and municipalities against the period and the district", async () => {
    const target = await createPeriod("Jahre");
    const bytes = await buildTestWorkbook(
      {
        Handlungsfelder: [["sprache", "", "Deutsch für alle.", ""]],
        Teilziele: [["sprache", 1, "Beratung", "", "", "", 40, 2030, "", 70, "", "", "", "", ""]],
        Maßnahmen: [["sprache", 1, 1, "Kurs", "", "", "", "", "09999999", "", "", "", "", ""]],
      },
      { targetYears: [2031, 2019, 2020, 2021, 2022] },
    );
    const places = (await upload(target.id, bytes))
      .json()
      .errors.map((error: { sheet: string; column?: string; code: string }) => `${error.column} ${error.code}`);
    expect(places.sort()).toEqual([
      "Ausgangsjahr concept_baseline_after_period",
      "Gemeinden (AGS) concept_municipality_unknown",
      "Ziel 2031 concept_target_year_outside_period",
    ]);
  });

  it("refuses files that are no workbook, lack the sheets or are too large", async () => {
    const target = await createPeriod("Dateien");
    const notXlsx = await upload(target.id, Buffer.from("Handlungsfeld;Leitbild\nsprache;x\n"));
    expect(notXlsx.statusCode).toBe(422);
    expect(notXlsx.json().title).toBe("Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tabelle1").addRow(["x"]);
    const noSheets = await upload(target.id, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(noSheets.statusCode).toBe(422);
    expect(noSheets.json().errors.map((error: { sheet: string }) => error.sheet)).toEqual([
      "Handlungsfelder",
      "Teilziele",
      "Maßnahmen",
    ]);
    const tooLarge = await upload(target.id, Buffer.alloc(5 * 1024 * 1024 + 1));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().detail).toBe("Eine Arbeitsmappe darf höchstens 5 MB groß sein.");
  });

  it("is for coordinators and refuses a closed period", async () => {
    const bytes = await exportOf(source.id);
    expect((await upload(source.id, bytes, { cookies: people.caseworker })).statusCode).toBe(403);
    const closed = await createPeriod("Abgeschlossen", { status: "active" });
    const close = await send("PUT", `${base}/${closed.id}`, people.coordinator, {
      ...periodBody,
      name: "Abgeschlossen",
      status: "closed",
      version: 1,
    });
    expect(close.statusCode).toBe(200);
    const refused = await upload(closed.id, bytes);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe("Der Konzeptzeitraum ist abgeschlossen.");
  });
});
