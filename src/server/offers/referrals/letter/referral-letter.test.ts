import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personLanguages, persons } from "../../../arrival/arrival-tables.js";
import { auditEvents } from "../../../platform/audit/audit-tables.js";
import { organisationContacts } from "../../../platform/organisations/contacts/organisation-contact-tables.js";
import { extractPdfStructure, extractPdfText, listPdfFontNames } from "../../../testing/extract-pdf-text.js";
import { buildPerson } from "../../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { referrals } from "../referral-tables.js";
import {
  buildReferralWorld,
  call,
  consentingPerson,
  offerOf,
  referralTo,
  type TReferralWorld,
} from "../referral-test-setup.js";
import { chooseReferralLetterLanguage } from "./referral-letter-data.js";
import { referralLetterTexts } from "./referral-letter-texts.js";

let t: TTestApp;
let world: TReferralWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildReferralWorld(t);
  await t.database.db.insert(organisationContacts).values({
    organisationId: world.provider.id,
    officeName: null,
    street: "Kursweg 7",
    postalCode: "49565",
    city: "Bramsche",
    phone: "05461 000-700",
    email: null,
    website: null,
    openingHours: null,
  });
});
afterAll(() => t.close());

/** A consenting person with details in every field, so a letter shows which of them it leaves out. */
async function describedPerson(preferredLanguage: string | null, recipientOrganisationIds = [world.provider.id]) {
  const { personId } = await consentingPerson(t, world, recipientOrganisationIds);
  await t.database.db
    .update(persons)
    .set({
      givenName: "Olena",
      preferredLanguage,
      street: "Lindenweg 4",
      postalCode: "49565",
      phone: "0176 555-0101",
      birthYear: 1988,
      birthMonth: 3,
      birthDay: 14,
      residenceCategory: "schutz_anerkannt",
    })
    .where(eq(persons.id, personId));
  await t.database.db.insert(personLanguages).values({ personId, language: "uk", level: "native" });
  return personId;
}

async function sendTo(personId: string, body: object) {
  const sent = await call(t, "POST", `/api/persons/${personId}/referrals`, world.bramsche.cookies, body);
  expect(sent.statusCode).toBe(201);
  return sent.json().id as string;
}

function fetchLetter(referralId: string, cookies = world.bramsche.cookies, query = "") {
  return call(t, "GET", `/api/referrals/${referralId}/letter${query}`, cookies);
}

async function textOf(response: { rawPayload: Buffer }) {
  return (await extractPdfText(response.rawPayload)).join(" ");
}

describe("GET /api/referrals/:referralId/letter", () => {
  it("prints sender, recipient, purpose and exactly the field set in German and the person's language; audited", async () => {
    const personId = await describedPerson("uk-UA");
    const offer = await offerOf(t, world.provider.id, 3);
    const referralId = await sendTo(personId, referralTo(offer.id));
    const [referral] = await t.database.db.select().from(referrals).where(eq(referrals.id, referralId));
    await t.database.db.insert(organisationContacts).values({
      organisationId: referral?.sentByOrganisationId ?? "",
      officeName: "Migrationsberatung Bramsche",
      street: "Hasestraße 11",
      postalCode: "49565",
      city: "Bramsche",
      phone: "05461 000-100",
      email: "beratung@bramsche.example.org",
      website: null,
      openingHours: null,
    });

    const response = await fetchLetter(referralId);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="referral-letter-uk.pdf"');
    const [german, ukrainian] = await extractPdfText(response.rawPayload);
    for (const expected of [
      "Migrationsberatung Bramsche",
      "beratung@bramsche.example.org",
      "Integrationskurs am Vormittag",
      "Kursweg 7",
      "49565 Bramsche",
      "Anlass der Vermittlung",
      "Anmeldung zum Integrationskurs",
      "Name: Olena",
      "Anschrift: Lindenweg 4, 49565",
      "Telefon: 0176 555-0101",
      "Sprachen: Ukrainisch (Muttersprache)",
    ]) {
      expect(german).toContain(expected);
    }
    expect(ukrainian).toContain("Направлення");
    expect(ukrainian).toContain("Anmeldung zum Integrationskurs");
    expect(ukrainian).toContain("Мови: українська (рідна мова)");
    for (const page of [german, ukrainian]) {
      expect(page).not.toContain("1988");
      expect(page).not.toContain("Geburtsdatum");
      expect(page).not.toContain("Anerkannter Flüchtling");
    }

    const events = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.personId, personId));
    expect(events).toContainEqual({
      action: "referral.letter",
      detail: { language: "uk", fieldCodes: ["name", "contact", "languages"] },
    });
    expect(events).toContainEqual({
      action: "person.read",
      detail: { part: "referral_letter", fields: ["name", "contact", "languages"] },
    });
  });

  it("writes to a provider outside the platform at its address, German alone when asked for", async () => {
    const person = await buildPerson(t.database.db);
    const personId = person.id;
    const consent = await call(t, "POST", `/api/persons/${personId}/consents`, world.bramsche.cookies, {
      privacyNoticeId: world.noticeId,
      givenAt: "2026-11-30T09:20:00.000Z",
      decisions: [{ purpose: "provider_sharing", isGranted: true, recipientProviderTypes: ["welfare_association"] }],
    });
    expect(consent.statusCode).toBe(201);
    await t.database.db.update(persons).set({ preferredLanguage: "ar" }).where(eq(persons.id, personId));
    const referralId = await sendTo(personId, {
      target: {
        kind: "external",
        name: "Schuldnerberatung Nord",
        address: "Marktplatz 3\n49074 Osnabrück",
        providerType: "welfare_association",
      },
      purpose: "Beratung zu Mietschulden",
      fieldCodes: ["residence_category"],
    });
    const response = await fetchLetter(referralId, world.bramsche.cookies, "?language=de");
    expect(response.headers["content-language"]).toBe("de");
    const pages = await extractPdfText(response.rawPayload);
    expect(pages).toHaveLength(1);
    const text = pages.join(" ");
    expect(text).toContain("Schuldnerberatung Nord");
    expect(text).toContain("Marktplatz 3 49074 Osnabrück");
    expect(text).toContain("Beratung zu Mietschulden");
    expect(text).toContain("Aufenthaltsstatus: nicht angegeben");
    expect(text).not.toContain("Test Person-");
  });

  it("writes the Arabic letter right to left in the Arabic font, German values kept readable", async () => {
    const personId = await describedPerson("ar");
    const offer = await offerOf(t, world.provider.id, 3);
    const referralId = await sendTo(personId, { ...referralTo(offer.id), fieldCodes: ["name", "date_of_birth"] });
    const response = await fetchLetter(referralId);
    expect(response.headers["content-language"]).toBe("ar");
    expect(listPdfFontNames(response.rawPayload)).toContain("NotoSansArabic-Regular");
    const [german, arabic] = await extractPdfText(response.rawPayload);
    expect(german).toContain("Geburtsdatum: 14. März 1988");
    expect(arabic).toContain("Anmeldung zum Integrationskurs");
    const structure = await extractPdfStructure(response.rawPayload);
    expect(structure).toContainEqual({ role: "H1", text: "إحالة", lang: "ar" });
    expect(structure).toContainEqual({ role: "P", text: "Anmeldung zum Integrationskurs", lang: "de" });
    expect(structure).toContainEqual({ role: "LBody", text: expect.stringMatching(/^الاسم: Olena /u), lang: "ar" });
    expect(await textOf(response)).not.toContain("0176 555-0101");
  });

  it("is not found for a caseworker of another area nor for the provider, and writes no audit entry then", async () => {
    const personId = await describedPerson(null);
    const offer = await offerOf(t, world.provider.id, 3);
    const referralId = await sendTo(personId, referralTo(offer.id));
    expect((await fetchLetter(referralId, world.melle.cookies)).statusCode).toBe(404);
    expect((await fetchLetter(referralId, world.provider.cookies)).statusCode).toBe(404);
    expect((await fetchLetter(referralId, world.otherProvider.cookies)).statusCode).toBe(404);
    const letters = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, referralId), eq(auditEvents.action, "referral.letter")));
    expect(letters).toEqual([]);
    const german = await fetchLetter(referralId);
    expect(german.headers["content-language"]).toBe("de");
    expect(await extractPdfText(german.rawPayload)).toHaveLength(1);
  });

  it("is refused once the referral has ended or consent to sharing was withdrawn: handing it over is sharing", async () => {
    const { personId, consentId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, 3);
    const ended = await sendTo(personId, referralTo(offer.id));
    const withdrawn = await call(t, "POST", `/api/referrals/${ended}/withdraw`, world.bramsche.cookies, { version: 1 });
    expect(withdrawn.statusCode).toBe(200);
    const afterEnd = await fetchLetter(ended);
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().title).toBe("Die Vermittlung ist beendet.");

    const active = await sendTo(personId, referralTo(offer.id));
    expect((await fetchLetter(active)).statusCode).toBe(200);
    const revoked = await call(
      t,
      "POST",
      `/api/persons/${personId}/consents/${consentId}/withdraw`,
      world.bramsche.cookies,
      {},
    );
    expect(revoked.statusCode).toBe(201);
    expect((await fetchLetter(active)).statusCode).toBe(409);
  });

  it("answers 422 at the field for a language the letter does not exist in", async () => {
    const response = await fetchLetter(randomUUID(), world.bramsche.cookies, "?language=tr");
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      "/querystring/language",
    ]);
  });
});

describe("the referral letter's language and texts", () => {
  it("takes the language asked for, else the preferred one the letter exists in, else German", () => {
    expect(chooseReferralLetterLanguage("en", "ar")).toBe("en");
    expect(chooseReferralLetterLanguage(undefined, "uk-UA")).toBe("uk");
    expect(chooseReferralLetterLanguage(undefined, "tr")).toBe("de");
    expect(chooseReferralLetterLanguage(undefined, null)).toBe("de");
  });

  it.each(["en", "uk", "ar"] as const)("%s is translated and says that the German letter counts", (language) => {
    const german = referralLetterTexts.de;
    const translated = referralLetterTexts[language];
    expect(translated.germanNote).not.toBe("");
    for (const key of ["salutation", "intro", "purposeHeading", "sharedHeading", "closing"] as const) {
      expect(translated[key], key).not.toBe(german[key]);
    }
  });
});
