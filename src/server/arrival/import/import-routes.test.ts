import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TArrivalImport, TImportRow, TImportRows } from "../../../common/arrival/import-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { persons } from "../arrival-tables.js";
import { arrivalImportPersons, arrivalImportRows } from "./import-tables.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const signIn = async (unitKey: string) => {
    const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey: unitKey });
    const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
    return signInAs(t.database.db, user.id);
  };
  bramsche = await signIn(testGeography.bramsche.unitKey);
  melle = await signIn(testGeography.melle.unitKey);
});
afterAll(() => t.close());

const header =
  "Familienname;Vorname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;Einreisedatum;Wohnort;Aufenthaltsstatus";

/** A list with a family name unique to the test, so counts never see another test's persons. */
function listOf(lines: string[]): string {
  return `${[header, ...lines].join("\r\n")}\r\n`;
}

let counter = 0;
function uniqueName(stem: string): string {
  counter += 1;
  return `${stem}${String.fromCharCode(97 + (counter % 26))}${String.fromCharCode(97 + ((counter * 7) % 26))}`;
}

function upload(bytes: Uint8Array, fileName = "ankuenfte.csv", cookies = bramsche) {
  return t.app.inject({
    method: "POST",
    url: `/api/arrival-imports?fileName=${encodeURIComponent(fileName)}`,
    cookies,
    headers: { "content-type": "application/octet-stream", "accept-language": "de" },
    payload: Buffer.from(bytes),
  });
}

async function uploaded(bytes: Uint8Array, fileName?: string, cookies = bramsche): Promise<TArrivalImport> {
  const response = await upload(bytes, fileName, cookies);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function rowsOf(id: string, cookies = bramsche): Promise<TImportRow[]> {
  const response = await t.app.inject({ method: "GET", url: `/api/arrival-imports/${id}/rows?pageSize=200`, cookies });
  expect(response.statusCode).toBe(200);
  return (response.json() as TImportRows).items;
}

function commit(id: string, includeLikelyDuplicates = false, cookies = bramsche) {
  return t.app.inject({
    method: "POST",
    url: `/api/arrival-imports/${id}/commit`,
    cookies,
    payload: { includeLikelyDuplicates },
  });
}

async function countPersonsNamed(familyName: string): Promise<number> {
  const [row] = await t.database.db
    .select({ count: sql<number>`count(*)::int` })
    .from(persons)
    .where(eq(persons.familyName, familyName));
  return row?.count ?? 0;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading and mapping", () => {
  it("reads a Windows-1252 CSV, suggests the mapping from German headings and validates every row", async () => {
    const name = uniqueName("Müller");
    const file = Buffer.from(
      listOf([`${name};Jürgen;03.07.1990;m;Ukraine;01.03.2025;Bramsche;§ 24 AufenthG`]),
      "latin1",
    );
    const created = await uploaded(file);
    expect(created.encoding).toBe("windows-1252");
    expect(created.suggestedMapping).toEqual({
      familyName: "Familienname",
      givenName: "Vorname",
      birthDate: "Geburtsdatum",
      sex: "Geschlecht",
      nationalities: "Staatsangehörigkeit",
      arrivedInGermanyOn: "Einreisedatum",
      municipality: "Wohnort",
      residenceCategory: "Aufenthaltsstatus",
    });
    expect(created.counts).toMatchObject({ rows: 1, ok: 1, error: 0 });
    const [row] = await rowsOf(created.id);
    expect(row).toMatchObject({ status: "ok", familyName: name, givenName: "Jürgen", reasons: [] });
  });

  it("reads UTF-8 with and without byte order mark alike", async () => {
    const name = uniqueName("Kovalenko");
    const text = listOf([`${name};Олена;00.00.1988;w;UA;2025-03-01;03459014;Duldung`]);
    const withBom = await uploaded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    const withoutBom = await uploaded(utf8(text));
    expect([withBom.encoding, withoutBom.encoding]).toEqual(["utf-8-bom", "utf-8"]);
    const [first] = await rowsOf(withBom.id);
    const [second] = await rowsOf(withoutBom.id);
    expect(first).toMatchObject({ status: "ok", givenName: "Олена" });
    expect(second).toMatchObject({ status: "ok", givenName: "Олена" });
  });

  it("reads an Excel workbook with date cells", async () => {
    const name = uniqueName("Haddad");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Zuzüge");
    sheet.addRow(["Nachname", "Vorname", "Geburtsdatum", "Gemeinde", "Zuzugsdatum"]);
    sheet.addRow([name, "Rami", new Date(Date.UTC(1985, 4, 17)), "Melle", new Date(Date.UTC(2025, 0, 10))]);
    const created = await uploaded(new Uint8Array(await workbook.xlsx.writeBuffer()), "zuzuege.xlsx", melle);
    expect(created.format).toBe("xlsx");
    expect(created.mapping).toMatchObject({ familyName: "Nachname", arrivedInMunicipalityOn: "Zuzugsdatum" });
    const [row] = await rowsOf(created.id, melle);
    expect(row).toMatchObject({ status: "ok", familyName: name });
  });

  it("answers a broken file with a German problem and stores nothing", async () => {
    const response = await upload(utf8("%PDF-1.7 not a list"), "liste.pdf");
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: "/body", code: "unsupported_format" })]);
    expect(problem.detail).toContain("Dateiformat");
  });

  it("refuses a JSON body: the file is sent as it is", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/arrival-imports?fileName=x.csv",
      cookies: bramsche,
      payload: { rows: [] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ pointer: "/body" })]);
  });

  it("validates again under a changed mapping and refuses a column the file does not have", async () => {
    const name = uniqueName("Tahir");
    const created = await uploaded(utf8(listOf([`Amal;${name};1999;w;SY;;Bramsche;`])));
    const wrong = await t.app.inject({
      method: "PUT",
      url: `/api/arrival-imports/${created.id}/mapping`,
      cookies: bramsche,
      headers: { "accept-language": "de" },
      payload: { mapping: { familyName: "Nachname" } },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({
        pointer: "/body/mapping/familyName",
        detail: "Die Datei hat keine Spalte „Nachname“.",
      }),
    ]);
    const swapped = await t.app.inject({
      method: "PUT",
      url: `/api/arrival-imports/${created.id}/mapping`,
      cookies: bramsche,
      payload: { mapping: { ...created.mapping, familyName: "Vorname", givenName: "Familienname" } },
    });
    expect(swapped.statusCode).toBe(200);
    const [row] = await rowsOf(created.id);
    expect(row).toMatchObject({ familyName: name, givenName: "Amal" });
  });
});

describe("row validation", () => {
  it("gives each bad row its field-level reasons in German and English", async () => {
    const name = uniqueName("Fehler");
    const created = await uploaded(
      utf8(
        listOf([
          `${name};Eins;30.02.1990;m;UA;;Bramsche;`,
          `${name};Zwei;1890;m;UA;;Bramsche;`,
          `${name};Drei;1990;m;QQ;;Bramsche;`,
          `${name};Vier;1990;m;UA;;Hamburg;`,
          `;;1990;m;UA;;Bramsche;`,
          `${"X".repeat(201)};Sechs;1990;m;UA;;Bramsche;`,
          `${name};Sieben;1990;m;UA;31.04.2024;Bramsche;`,
          `${name};Acht;1990;q;UA;;Bramsche;Weltraum`,
          `${name};Neun;1990;m;UA;;Bramsche;;Zelle zu viel`,
        ]),
      ),
    );
    expect(created.counts).toMatchObject({ rows: 9, ok: 0, error: 9 });
    const rows = await rowsOf(created.id);
    const reasons = rows.map((row) => row.reasons.map(({ field, code }) => `${field}:${code}`));
    expect(reasons).toEqual([
      ["birthDate:birth_date_impossible"],
      ["birthDate:age_over_limit"],
      ["nationalities:nationality_unknown"],
      ["municipality:municipality_unknown"],
      ["familyName:name_required"],
      ["familyName:too_big"],
      ["arrivedInGermanyOn:date_impossible"],
      ["sex:sex_unknown", "residenceCategory:residence_category_unknown"],
      ["null:row_too_long"],
    ]);
    expect(rows[1]?.reasons[0]).toMatchObject({
      column: "Geburtsdatum",
      message: {
        de: "Die Person wäre älter als 120 Jahre. Bitte prüfen Sie das Geburtsjahr.",
        en: "The person would be older than 120 years. Please check the year of birth.",
      },
    });
    expect(rows[5]?.reasons[0]?.message.de).toContain("200");
  });

  it("flags repeated and similar rows within the file", async () => {
    const name = uniqueName("Doppel");
    const created = await uploaded(
      utf8(
        listOf([
          `${name};Sara;12.05.2001;w;AF;;Bramsche;`,
          `${name};Sara;12.05.2001;w;AF;;Bramsche;`,
          `${name};Sara;12.05.2001;w;IR;;Bramsche;`,
        ]),
      ),
    );
    const rows = await rowsOf(created.id);
    expect(rows.map((row) => row.status)).toEqual(["ok", "in_file_duplicate", "likely_duplicate"]);
    expect(rows[2]?.candidate).toEqual({ kind: "row", rowNumber: 2 });
  });

  it("finds likely duplicates among the registered persons the actor may see", async () => {
    const name = uniqueName("Registriert");
    const existing = await buildPerson(t.database.db, { familyName: name });
    const created = await uploaded(utf8(listOf([`${name};Test;1990;;;;Bramsche;`])));
    const [row] = await rowsOf(created.id);
    expect(row?.status).toBe("likely_duplicate");
    expect(row?.candidate).toMatchObject({ kind: "person", id: existing.id, familyName: name });
    const shown = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, existing.id), sql`${auditEvents.detail} ->> 'importId' = ${created.id}`));
    // Shown when validated, and again at this read of the rows.
    expect(shown).toEqual([{ action: "person.list" }, { action: "person.list" }]);
  });

  it("shows a remembered candidate only while the actor may still list them, and never in the error report", async () => {
    const name = uniqueName("Umgezogen");
    const existing = await buildPerson(t.database.db, { familyName: name });
    const created = await uploaded(utf8(listOf([`${name};Test;1990;;;;Bramsche;`])));
    const report = await t.app.inject({
      method: "GET",
      url: `/api/arrival-imports/${created.id}/error-report.csv`,
      cookies: bramsche,
    });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain("Vermutlich bereits erfasst (Übereinstimmung");
    expect(report.body.split(name)).toHaveLength(2);

    await t.database.db
      .update(persons)
      .set({ municipalityAgs: testGeography.melle.municipalityAgs })
      .where(eq(persons.id, existing.id));
    const [row] = await rowsOf(created.id);
    expect(row?.status).toBe("likely_duplicate");
    expect(row?.candidate).toBeNull();
    expect(JSON.stringify(row?.reasons)).not.toContain(name);
    expect(row?.reasons).toEqual([expect.objectContaining({ code: "likely_duplicate_in_registry" })]);
    const shown = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, existing.id), sql`${auditEvents.detail} ->> 'importId' = ${created.id}`));
    expect(shown).toEqual([{ action: "person.list" }]);
  });

  it("keeps the actor's area: a row for another municipality is an error, another's import is not found", async () => {
    const name = uniqueName("Bereich");
    const created = await uploaded(utf8(listOf([`${name};Ali;1990;m;IQ;;Melle;`])));
    const [row] = await rowsOf(created.id);
    expect(row?.reasons).toEqual([
      expect.objectContaining({ field: "municipality", code: "municipality_outside_area" }),
    ]);
    const foreign = await t.app.inject({ method: "GET", url: `/api/arrival-imports/${created.id}`, cookies: melle });
    expect(foreign.statusCode).toBe(404);
    expect((await commit(created.id, false, melle)).statusCode).toBe(404);
  });
});

describe("committing", () => {
  it("creates the importable rows in one go, audits each person, and creates nothing the second time", async () => {
    const name = uniqueName("Neu");
    const file = utf8(
      listOf([
        `${name};Anna;01.01.1980;w;UA;01.02.2025;Bramsche;Aufenthaltsgestattung`,
        `${name};Boris;1975;m;UA;01.02.2025;Bramsche;`,
        `${name};;1890;m;UA;;Bramsche;`,
      ]),
    );
    const first = await uploaded(file);
    expect(first.counts).toMatchObject({ ok: 2, error: 1 });
    const response = await commit(first.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ createdPersons: 2, import: { status: "committed", createdPersons: 2 } });
    expect(await countPersonsNamed(name)).toBe(2);
    const [audited] = await t.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.create"), sql`${auditEvents.detail} ->> 'importId' = ${first.id}`));
    expect(audited?.count).toBe(2);

    const again = await uploaded(file);
    expect(again.sameFileCommittedAt).not.toBeNull();
    expect(again.counts).toMatchObject({ ok: 0, alreadyImported: 2, error: 1 });
    const repeated = await commit(again.id);
    expect(repeated.json()).toMatchObject({ createdPersons: 0 });
    expect(await countPersonsNamed(name)).toBe(2);
    expect((await commit(first.id)).statusCode).toBe(409);
  });

  it("creates likely duplicates only when asked to", async () => {
    const name = uniqueName("Vielleicht");
    await buildPerson(t.database.db, { familyName: name });
    const created = await uploaded(utf8(listOf([`${name};Test;1990;;;;Bramsche;`])));
    const response = await commit(created.id, true);
    expect(response.json()).toMatchObject({ createdPersons: 1 });
    expect(await countPersonsNamed(name)).toBe(2);
  });

  it("saves nothing when the commit fails midway", async () => {
    const name = uniqueName("Halb");
    const created = await uploaded(
      utf8(listOf([`${name};Eins;1990;m;SY;;Bramsche;`, `${name};Zwei;1991;m;SY;;Bramsche;`])),
    );
    // Another import commits the second row meanwhile: its fingerprint is taken after the persons are inserted.
    const [second] = await t.database.db
      .select({ fingerprint: arrivalImportRows.fingerprint })
      .from(arrivalImportRows)
      .where(and(eq(arrivalImportRows.importId, created.id), eq(arrivalImportRows.rowNumber, 3)));
    const other = await buildPerson(t.database.db);
    await t.database.db
      .insert(arrivalImportPersons)
      .values({ fingerprint: second?.fingerprint ?? "", personId: other.id });
    const response = await commit(created.id);
    expect(response.statusCode).toBe(409);
    expect(await countPersonsNamed(name)).toBe(0);
    const current = await t.app.inject({ method: "GET", url: `/api/arrival-imports/${created.id}`, cookies: bramsche });
    expect(current.json().status).toBe("validated");
  });

  it("discards an import with its staged rows", async () => {
    const created = await uploaded(utf8(listOf([`${uniqueName("Weg")};Eins;1990;m;SY;;Bramsche;`])));
    const response = await t.app.inject({
      method: "DELETE",
      url: `/api/arrival-imports/${created.id}`,
      cookies: bramsche,
    });
    expect(response.statusCode).toBe(204);
    expect(await rowsOf(created.id)).toEqual([]);
    expect((await commit(created.id)).statusCode).toBe(409);
  });
});

describe("the error report", () => {
  it("lists the left-out rows with German reasons, formulas neutralised, as UTF-8 with BOM", async () => {
    const created = await uploaded(
      utf8(
        listOf([
          `=HYPERLINK("http://x.invalid","klick");-2;1890;m;UA;;Bramsche;`,
          `${uniqueName("Gut")};A;1990;;;;Bramsche;`,
        ]),
      ),
    );
    const response = await t.app.inject({
      method: "GET",
      url: `/api/arrival-imports/${created.id}/error-report.csv`,
      cookies: bramsche,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain("ankuenfte-fehlerbericht.csv");
    const lines = response.body.split("\r\n");
    expect(lines[0]).toBe(`\uFEFFZeile;${header};Fehler`);
    expect(lines[1]).toBe(
      `2;"'=HYPERLINK(""http://x.invalid"",""klick"")";'-2;1890;m;UA;;Bramsche;;Geburtsdatum: Die Person wäre älter als 120 Jahre. Bitte prüfen Sie das Geburtsjahr.`,
    );
    expect(lines).toHaveLength(3);
  });
});
