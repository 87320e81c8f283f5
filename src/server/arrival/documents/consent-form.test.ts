import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { extractPdfText, listPdfFontNames } from "../../testing/extract-pdf-text.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { persons } from "../arrival-tables.js";
import { privacyNotices } from "../consent/consent-tables.js";

let t: TTestApp;
let bramscheCaseworker: Record<string, string>;
let melleCaseworker: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const bramsche = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const melle = await buildOrganisation(db, { kind: "municipal_unit", municipalUnitKey: testGeography.melle.unitKey });
  bramscheCaseworker = await signInAs(db, (await buildUser(db, { organisation: bramsche })).user.id);
  melleCaseworker = await signInAs(db, (await buildUser(db, { organisation: melle })).user.id);
});
afterAll(() => t.close());

function fetchForm(id: string, cookies: Record<string, string>, query = "") {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}/consent-form${query}`, cookies });
}

async function newestNotice(language: string) {
  const notices = await t.database.db.select().from(privacyNotices).where(eq(privacyNotices.language, language));
  const newest = notices.sort((a, b) => b.version.localeCompare(a.version))[0];
  if (!newest) throw new Error(`no notice in ${language}`);
  return newest;
}

describe("GET /api/persons/:id/consent-form", () => {
  it("prints the privacy notice, the person's name, every purpose and the notice version, audited", async () => {
    const person = await buildPerson(t.database.db);
    await t.database.db.update(persons).set({ preferredLanguage: "en" }).where(eq(persons.id, person.id));
    const response = await fetchForm(person.id, bramscheCaseworker);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-language"]).toBe("en");
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    const notice = await newestNotice("en");
    expect(text).toContain(notice.title);
    expect(text).toContain(`Name: Test ${person.familyName}`);
    for (const purpose of [
      "Counselling",
      "Sharing with counselling centres and providers",
      "Contact by my municipality",
      "Statistics",
    ]) {
      expect(text).toContain(purpose);
    }
    expect(text.match(/Yes, I consent/gu)).toHaveLength(4);
    expect(text).toContain("Only to these organisations");
    expect(text).toContain("Place, date");
    expect(text).toContain(`Privacy notice version ${notice.version}, language en.`);
    expect(text).toContain(
      `Für die Erfassung: Datenschutzhinweis Version ${notice.version}, Sprache en; Formular in Sprache en.`,
    );
    const reads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, person.id), eq(auditEvents.action, "person.read")));
    expect(reads.map((read) => read.detail)).toEqual([{ part: "consent_form" }]);
  });

  it("prints the Arabic notice right to left in the Arabic font", async () => {
    const person = await buildPerson(t.database.db);
    const response = await fetchForm(person.id, bramscheCaseworker, "?language=ar");
    expect(response.headers["content-language"]).toBe("ar");
    expect(listPdfFontNames(response.rawPayload)).toEqual(
      expect.arrayContaining(["NotoSansArabic-Bold", "NotoSansArabic-Regular"]),
    );
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    expect(text).toContain(`Sprache ar; Formular in Sprache ar.`);
    expect(text).toContain("datenschutz@lkos.de");
  });

  it("defaults to German without a preferred language", async () => {
    const person = await buildPerson(t.database.db);
    const response = await fetchForm(person.id, bramscheCaseworker);
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    const notice = await newestNotice("de");
    expect(text).toContain(notice.title);
    expect(text).toContain(`Datenschutzhinweis Version ${notice.version}, Sprache de.`);
    expect(text).not.toContain("Für die Erfassung");
  });

  it("prints the German notice, said so in Turkish, where the notice has no Turkish version yet", async () => {
    const person = await buildPerson(t.database.db);
    const response = await fetchForm(person.id, bramscheCaseworker, "?language=tr");
    expect(response.headers["content-language"]).toBe("tr");
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    const notice = await newestNotice("de");
    expect(text).toContain(notice.title);
    expect(text).toContain("Veri koruma bilgilendirmesi henüz bu dilde mevcut değildir.");
    expect(text).toContain("Evet, onay veriyorum");
    expect(text).toContain(`Datenschutzhinweis Version ${notice.version}, Sprache de; Formular in Sprache tr.`);
  });

  it("answers 404 outside the scope and 422 for an unknown language", async () => {
    const person = await buildPerson(t.database.db);
    expect((await fetchForm(person.id, melleCaseworker)).statusCode).toBe(404);
    expect(await t.database.db.select().from(auditEvents).where(eq(auditEvents.personId, person.id))).toEqual([]);
    const invalid = await fetchForm(person.id, bramscheCaseworker, "?language=klingon");
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0].pointer).toBe("/querystring/language");
  });
});
