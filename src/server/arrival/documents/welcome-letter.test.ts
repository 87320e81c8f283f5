import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { organisationContacts } from "../../platform/organisations/contacts/organisation-contact-tables.js";
import { extractPdfStructure, extractPdfText, listPdfFontNames } from "../../testing/extract-pdf-text.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { households, persons } from "../arrival-tables.js";

let t: TTestApp;
let bramscheCaseworker: Record<string, string>;
let melleCaseworker: Record<string, string>;
let districtCaseworker: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const bramsche = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
    name: "Stadt Bramsche",
  });
  await db.insert(organisationContacts).values({
    organisationId: bramsche.id,
    officeName: "Bürgerbüro Bramsche",
    street: "Hasestraße 11",
    postalCode: "49565",
    city: "Bramsche",
    phone: "05461 000-100",
    email: "buergerbuero@bramsche.example.org",
    website: null,
    openingHours: "Mo–Fr 8–12 Uhr",
  });
  const melle = await buildOrganisation(db, { kind: "municipal_unit", municipalUnitKey: testGeography.melle.unitKey });
  bramscheCaseworker = await signInAs(db, (await buildUser(db, { organisation: bramsche })).user.id);
  melleCaseworker = await signInAs(db, (await buildUser(db, { organisation: melle })).user.id);
  districtCaseworker = await signInAs(db, (await buildUser(db)).user.id);
});
afterAll(() => t.close());

async function buildNewcomer(options: { preferredLanguage?: string; municipalityAgs?: string; childAge?: number }) {
  const db = t.database.db;
  const person = await buildPerson(db, { municipalityAgs: options.municipalityAgs });
  await db
    .update(persons)
    .set({
      givenName: "Olena",
      street: "Lindenweg 4",
      postalCode: "49565",
      preferredLanguage: options.preferredLanguage,
    })
    .where(eq(persons.id, person.id));
  if (options.childAge !== undefined) {
    const [household] = await db.insert(households).values({ municipalityAgs: person.municipalityAgs }).returning();
    const child = await buildPerson(db, { municipalityAgs: person.municipalityAgs });
    const childYear = new Date().getFullYear() - options.childAge - 1;
    await db
      .update(persons)
      .set({
        householdId: household?.id,
        householdRelation: sql`case when ${persons.id} = ${child.id} then 'child' else 'head' end`,
      })
      .where(sql`${persons.id} in (${person.id}, ${child.id})`);
    await db.update(persons).set({ birthYear: childYear, birthMonth: 1, birthDay: 1 }).where(eq(persons.id, child.id));
  }
  return { ...person, givenName: "Olena" };
}

function fetchLetter(id: string, cookies: Record<string, string>, query = "") {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}/welcome-letter${query}`, cookies });
}

describe("GET /api/persons/:id/welcome-letter", () => {
  it("writes the letter in the person's preferred language with the municipality's contact point, audited", async () => {
    const person = await buildNewcomer({ preferredLanguage: "uk" });
    const response = await fetchLetter(person.id, bramscheCaseworker);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-language"]).toBe("uk");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="welcome-letter-uk.pdf"');
    const text = (await extractPdfText(response.rawPayload)).join("\n");
    expect(text).toContain("Ласкаво просимо до Landkreis Osnabrück");
    expect(text).toContain(`Добрий день, Olena ${person.familyName}!`);
    expect(text).toContain("Lindenweg 4");
    expect(text).toContain("Bürgerbüro Bramsche");
    expect(text).toContain("05461 000-100");
    expect(text).toContain("buergerbuero@bramsche.example.org");
    expect(text).toContain("Реєстрація житла");
    expect(text).toContain("Zusammenfassung auf Deutsch");
    expect(text).not.toContain("Дитячий садок");
    expect(text).not.toContain("Kita:");

    const reads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, person.id), eq(auditEvents.action, "person.read")));
    expect(reads.map((read) => read.detail)).toEqual([{ part: "welcome_letter" }]);
  });

  it("adds the Kita step for a small child in the household and the school step for a pupil", async () => {
    const withToddler = await buildNewcomer({ childAge: 3 });
    const toddlerText = (await extractPdfText((await fetchLetter(withToddler.id, bramscheCaseworker)).rawPayload)).join(
      " ",
    );
    expect(toddlerText).toContain("Kita:");
    expect(toddlerText).not.toContain("Schule:");
    // The child's date of birth was read for the letter: audited as listed, with the letter's person named.
    const childReads = await t.database.db
      .select({ action: auditEvents.action, personId: auditEvents.personId })
      .from(auditEvents)
      .where(
        and(
          sql`${auditEvents.detail} ->> 'list' = 'welcome_letter_household'`,
          sql`${auditEvents.detail} ->> 'personId' = ${withToddler.id}`,
        ),
      );
    expect(childReads).toHaveLength(1);
    expect(childReads[0]).toMatchObject({ action: "person.list" });
    expect(childReads[0]?.personId).not.toBe(withToddler.id);
    const withPupil = await buildNewcomer({ childAge: 9 });
    const pupilText = (
      await extractPdfText((await fetchLetter(withPupil.id, bramscheCaseworker, "?language=en")).rawPayload)
    ).join(" ");
    expect(pupilText).toContain("School:");
    expect(pupilText).toContain("Schule:");
    expect(pupilText).not.toContain("Day care (Kita):");
  });

  it("writes Arabic right to left in the Arabic font, contact values kept readable", async () => {
    const person = await buildNewcomer({ preferredLanguage: "de" });
    const response = await fetchLetter(person.id, bramscheCaseworker, "?language=ar");
    expect(response.headers["content-language"]).toBe("ar");
    expect(listPdfFontNames(response.rawPayload)).toContain("NotoSansArabic-Regular");
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    expect(text).toContain("buergerbuero@bramsche.example.org");
    expect(text).toContain("05461 000-100");
    expect(text).toContain("Wohnung anmelden:");
    // Readers get the Arabic in reading order from the tags, and the German summary marked as German.
    const structure = await extractPdfStructure(response.rawPayload);
    expect(structure).toContainEqual({ role: "H1", text: "أهلاً وسهلاً بكم في Landkreis Osnabrück" });
    expect(structure).toContainEqual({ role: "P", text: "البريد الإلكتروني: buergerbuero@bramsche.example.org" });
    expect(structure).toContainEqual({ role: "H2", text: "Zusammenfassung auf Deutsch", lang: "de" });
  });

  it("writes Persian right to left too, and Russian in Cyrillic", async () => {
    const person = await buildNewcomer({ preferredLanguage: "fa" });
    const persian = await fetchLetter(person.id, bramscheCaseworker);
    expect(persian.headers["content-language"]).toBe("fa");
    expect(listPdfFontNames(persian.rawPayload)).toContain("NotoSansArabic-Bold");
    const russian = await fetchLetter(person.id, bramscheCaseworker, "?language=ru");
    expect((await extractPdfText(russian.rawPayload)).join(" ")).toContain("Добро пожаловать в Landkreis Osnabrück");
  });

  it("says whom to ask when the municipality has no contact point, and defaults to German", async () => {
    const person = await buildNewcomer({
      municipalityAgs: testGeography.melle.municipalityAgs,
      preferredLanguage: "xx",
    });
    const response = await fetchLetter(person.id, districtCaseworker);
    expect(response.headers["content-language"]).toBe("de");
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    expect(text).toContain("Willkommen im Landkreis Osnabrück");
    expect(text).toContain("liegen uns noch nicht vor");
    expect(text).toContain("Migrationszentrum des Landkreises");
    expect(text).not.toContain("Bürgerbüro Bramsche");
    expect(text).not.toContain("Zusammenfassung auf Deutsch");
  });

  it("answers 404 outside the caseworker's municipality, and writes no audit event", async () => {
    const person = await buildNewcomer({});
    expect((await fetchLetter(person.id, melleCaseworker)).statusCode).toBe(404);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.personId, person.id));
    expect(events).toEqual([]);
  });

  it("answers 422 at the field for a language the letter does not exist in", async () => {
    const person = await buildNewcomer({});
    const response = await fetchLetter(person.id, bramscheCaseworker, "?language=xx");
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      "/querystring/language",
    ]);
  });
});
