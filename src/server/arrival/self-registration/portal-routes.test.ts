import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { directionOf } from "../../../common/portal/portal-content.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { testGeography } from "../../testing/factories.js";
import { extractLinks, startSmtpTestServer, type TSmtpTestServer } from "../../testing/smtp-test-server.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { readPrivacyNoticeFiles } from "../consent/seed-privacy-notices.js";
import { portalTexts } from "./portal-texts.js";
import { selfRegistrations } from "./self-registration-tables.js";
import { loadForm, postForm, postRaw, validFields } from "./test-forms.js";

let smtp: TSmtpTestServer;
let t: TTestApp;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({
    env: {
      KOMMMIT_SMTP_URL: smtp.url,
      KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0",
      KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT: "1000",
      KOMMMIT_SELF_REGISTRATION_RATE_LIMIT: "1000",
    },
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function countRegistrations(familyName: string): Promise<number> {
  const rows = await t.database.db
    .select({ id: selfRegistrations.id })
    .from(selfRegistrations)
    .where(eq(selfRegistrations.familyName, familyName));
  return rows.length;
}

describe("the form", () => {
  it.each(portalLanguages)(
    "renders in %s with its direction, texts and privacy notice, without scripts",
    async (language) => {
      const { response, page, formToken, privacyNoticeId } = await loadForm(t, language);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(page).toContain(`<html lang="${language}" dir="${directionOf(language)}">`);
      expect(page).toContain(portalTexts[language].submit);
      expect(page).toContain("Melle");
      expect(page).not.toContain("<script");
      expect(formToken).not.toBe("");
      expect(privacyNoticeId).toMatch(/^[0-9a-f-]{36}$/);
      // Where no notice is written in the language yet, the German one is shown and the form says so.
      const hasOwnNotice = readPrivacyNoticeFiles().some((file) => file.language === language);
      expect(page.includes(portalTexts[language].privacyFallback)).toBe(!hasOwnNotice);
      for (const other of portalLanguages.filter((candidate) => candidate !== language)) {
        expect(page).toContain(`hreflang="${other}">${portalTexts[other].languageName}</a>`);
      }
      expect(Buffer.byteLength(page)).toBeLessThan(40_000);
    },
  );

  it("sends a visitor without a language to the form in the browser's language", async () => {
    const arabic = await t.app.inject({
      method: "GET",
      url: "/portal/registrierung",
      headers: { "accept-language": "ar-SY, en;q=0.5" },
    });
    expect(arabic.statusCode).toBe(303);
    expect(arabic.headers.location).toBe("/portal/ar/registrierung");
    const turkish = await t.app.inject({
      method: "GET",
      url: "/portal/registrierung",
      headers: { "accept-language": "tr" },
    });
    expect(turkish.headers.location).toBe("/portal/tr/registrierung");
    const swedish = await t.app.inject({
      method: "GET",
      url: "/portal/registrierung",
      headers: { "accept-language": "sv" },
    });
    expect(swedish.headers.location).toBe("/portal/de/registrierung");
  });

  it("starts with the municipality of a unit that has one, chosen; a Samtgemeinde or an unknown unit chooses none", async () => {
    const form = (unit: string) => t.app.inject({ method: "GET", url: `/portal/ar/registrierung?unit=${unit}` });
    const bramsche = testGeography.bramsche;
    expect((await form(bramsche.unitKey)).body).toMatch(
      new RegExp(`<option value="${bramsche.municipalityAgs}" selected`),
    );
    for (const unit of [testGeography.bersenbrueck.unitKey, "99999999", "x"]) {
      expect((await form(unit)).body).not.toMatch(/<option value="\d{8}" selected/);
    }
  });

  it("answers 404 for a language the portal does not speak", async () => {
    expect((await t.app.inject({ method: "GET", url: "/portal/xx/registrierung" })).statusCode).toBe(404);
  });
});

describe("bad input", () => {
  it("re-renders the form with the values kept and each field's message in Ukrainian, saving nothing", async () => {
    const response = await postForm(
      t,
      {
        familyName: "Невірна-Особа",
        municipalityAgs: "",
        birthDay: "31",
        birthMonth: "2",
        email: "not-an-address",
        phone: "abc",
        hasReadPrivacyNotice: [],
      },
      "uk",
    );
    expect(response.statusCode).toBe(422);
    const page = response.body;
    const texts = portalTexts.uk;
    for (const message of [
      texts.error_municipality_required,
      texts.error_birth_date_impossible,
      texts.error_email_invalid,
      texts.error_phone_invalid,
      texts.error_privacy_notice_not_read,
    ]) {
      expect(page).toContain(message);
    }
    expect(page).toContain('href="#municipalityAgs"');
    expect(page).toContain('id="email" name="email" value="not-an-address" aria-invalid="true"');
    expect(page).toContain('value="Невірна-Особа"');
    expect(await countRegistrations("Невірна-Особа")).toBe(0);
  });

  it("re-renders a Farsi form right to left with the Farsi message", async () => {
    const response = await postForm(t, { givenName: "", familyName: "" }, "fa");
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('<html lang="fa" dir="rtl">');
    expect(response.body).toContain(portalTexts.fa.error_name_required);
    // The birth month is Gregorian: January is ژانویه, not the Persian calendar's دی.
    expect(response.body).toContain('<option value="1">ژانویه</option>');
  });

  it("asks for a name in Arabic when both are empty", async () => {
    const response = await postForm(t, { givenName: "", familyName: "" }, "ar");
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(portalTexts.ar.error_name_required);
    expect(response.body).toContain('dir="rtl"');
  });
});

describe("abuse protection", () => {
  it("turns away a filled honeypot without saving", async () => {
    const response = await postForm(t, { familyName: "Honeypot", website: "https://spam.example" });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(portalTexts.de.formRefused);
    expect(await countRegistrations("Honeypot")).toBe(0);
  });

  it("turns away a forged form token", async () => {
    const { privacyNoticeId } = await loadForm(t);
    const response = await postRaw(t, {
      ...validFields,
      familyName: "Forged",
      privacyNoticeId,
      formToken: "1.abc.def",
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(portalTexts.de.formExpired);
    expect(await countRegistrations("Forged")).toBe(0);
  });

  it("takes a form once: a replay is refused", async () => {
    const { formToken, privacyNoticeId } = await loadForm(t);
    const fields = { ...validFields, familyName: "Replayed", formToken, privacyNoticeId };
    expect((await postRaw(t, fields)).statusCode).toBe(303);
    const replay = await postRaw(t, fields);
    expect(replay.statusCode).toBe(422);
    expect(replay.body).toContain(portalTexts.de.formExpired);
    expect(await countRegistrations("Replayed")).toBe(1);
  });

  it("refuses a form sent faster than the minimum fill time", async () => {
    const slow = await createTestApp({ env: { KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "600" } });
    try {
      const response = await postForm(slow, { familyName: "TooFast" }, "en");
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain(portalTexts.en.formTooFast);
    } finally {
      await slow.close();
    }
  });

  it("limits registrations per client address and hour, with a page in the language", async () => {
    const limited = await createTestApp({
      env: { KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0", KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT: "1" },
    });
    try {
      const { formToken: first, privacyNoticeId } = await loadForm(limited);
      const { formToken: second } = await loadForm(limited);
      expect(
        (await postRaw(limited, { ...validFields, formToken: first, privacyNoticeId }, "de", "10.1.1.1")).statusCode,
      ).toBe(303);
      const blocked = await postRaw(limited, { ...validFields, formToken: second, privacyNoticeId }, "ar", "10.1.1.1");
      expect(blocked.statusCode).toBe(429);
      expect(blocked.body).toContain(portalTexts.ar.tooMany);
      const other = await postRaw(limited, { ...validFields, formToken: second, privacyNoticeId }, "de", "10.2.2.2");
      expect(other.statusCode).toBe(303);
    } finally {
      await limited.close();
    }
  });

  it("caps requests per minute and address", async () => {
    const capped = await createTestApp({
      env: { KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0", KOMMMIT_SELF_REGISTRATION_RATE_LIMIT: "1" },
    });
    try {
      expect((await postForm(capped, { givenName: "", familyName: "" })).statusCode).toBe(422);
      const second = await postForm(capped, { givenName: "", familyName: "" }, "uk");
      expect(second.statusCode).toBe(429);
      expect(second.body).toContain(portalTexts.uk.tooMany);
    } finally {
      await capped.close();
    }
  });
});

describe("without a mail server (server mode)", () => {
  it("asks to leave the e-mail empty instead of saving a registration it cannot confirm", async () => {
    const mailless = await createTestApp({
      env: { DATABASE_URL: "postgres://unused.invalid/kommmit", KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0" },
      sharedDatabase: t.database,
    });
    try {
      const response = await postForm(mailless, { familyName: "OhneServer", email: "a@example.test" }, "uk");
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain(portalTexts.uk.mailUnavailable);
      expect(await countRegistrations("OhneServer")).toBe(0);
      expect((await postForm(mailless, { familyName: "OhneServer" }, "uk")).statusCode).toBe(303);
    } finally {
      await mailless.close();
    }
  });
});

describe("success and double opt-in", () => {
  it("takes a registration in Leichte Sprache at /portal/de-x-easy/… and names it so", async () => {
    const { page } = await loadForm(t, "de-x-easy");
    expect(page).toContain('action="/portal/de-x-easy/registrierung"');
    expect(page).toContain(portalTexts["de-x-easy"].intro);
    // Leichte Sprache is German to be spoken to in, not a language of its own.
    expect(page).not.toContain('value="de-x-easy"');
    const response = await postForm(t, { familyName: "Leicht" }, "de-x-easy");
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/portal/de-x-easy/registrierung/danke");
    const thanks = await t.app.inject({ method: "GET", url: response.headers.location as string });
    expect(thanks.body).toContain(portalTexts["de-x-easy"].successNext);
    const [row] = await t.database.db
      .select()
      .from(selfRegistrations)
      .where(eq(selfRegistrations.familyName, "Leicht"));
    expect(row?.portalLanguage).toBe("de-x-easy");
  });

  it("takes a Turkish registration end to end: the mail and its link in Turkish", async () => {
    const email = "ayse@example.test";
    const response = await postForm(t, { familyName: "Yılmaz", email, preferredLanguage: "tr" }, "tr");
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/portal/tr/registrierung/danke?email=pending");
    const thanks = await t.app.inject({ method: "GET", url: response.headers.location as string });
    expect(thanks.body).toContain(portalTexts.tr.successEmail);
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(email));
    expect(mail.subject).toBe(portalTexts.tr.mailSubject);
    expect(mail.text).toContain(portalTexts.tr.mailIgnore);
    expect(mail.html).toContain('<html lang="tr" dir="ltr">');
    const link = extractLinks(mail).find((candidate) => candidate.includes("/bestaetigung/")) ?? "";
    const path = new URL(link).pathname;
    expect(path).toMatch(/^\/portal\/tr\/registrierung\/bestaetigung\//);
    const confirm = await t.app.inject({ method: "POST", url: path, headers: { "sec-fetch-site": "same-origin" } });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(portalTexts.tr.confirmedTitle);
    const [row] = await t.database.db.select().from(selfRegistrations).where(eq(selfRegistrations.email, email));
    expect(row).toMatchObject({ portalLanguage: "tr", preferredLanguage: "tr", emailConfirmation: "confirmed" });
  });

  it("mails a Farsi confirmation right to left", async () => {
    const email = "sara@example.test";
    expect((await postForm(t, { familyName: "Ahmadi", email }, "fa")).statusCode).toBe(303);
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(email));
    expect(mail.subject).toBe(portalTexts.fa.mailSubject);
    expect(mail.html).toContain('<html lang="fa" dir="rtl">');
  });

  it("saves a pending registration without e-mail and shows what happens next", async () => {
    const response = await postForm(t, { familyName: "OhneMail" });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/portal/de/registrierung/danke");
    const [row] = await t.database.db
      .select()
      .from(selfRegistrations)
      .where(eq(selfRegistrations.familyName, "OhneMail"));
    expect(row).toMatchObject({
      status: "pending",
      emailConfirmation: "not_needed",
      portalLanguage: "de",
      nationalities: ["UA"],
      languages: [
        { language: "uk", level: "native" },
        { language: "ru", level: "native" },
      ],
      consentDecisions: { counselling: true, municipality_contact: false, statistics: true },
      birthYear: 1991,
      birthMonth: 4,
      birthDay: null,
    });
    const thanks = await t.app.inject({ method: "GET", url: response.headers.location as string });
    expect(thanks.body).toContain(portalTexts.de.successNext);
    expect(thanks.body).not.toContain(portalTexts.de.successEmail);
  });

  it("mails a confirmation link in Arabic that confirms the address once", async () => {
    const email = "amal@example.test";
    const response = await postForm(t, { familyName: "Haddad", email }, "ar");
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/portal/ar/registrierung/danke?email=pending");
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(email));
    expect(mail.subject).toBe(portalTexts.ar.mailSubject);
    expect(mail.html).toContain('dir="rtl"');
    const link = extractLinks(mail).find((candidate) => candidate.includes("/bestaetigung/")) ?? "";
    const path = new URL(link).pathname;
    expect(path).toMatch(/^\/portal\/ar\/registrierung\/bestaetigung\//);

    const prompt = await t.app.inject({ method: "GET", url: path });
    expect(prompt.body).toContain(portalTexts.ar.confirmButton);
    const [beforeClick] = await t.database.db
      .select()
      .from(selfRegistrations)
      .where(eq(selfRegistrations.email, email));
    expect(beforeClick?.emailConfirmation).toBe("pending");

    const confirm = () => t.app.inject({ method: "POST", url: path, headers: { "sec-fetch-site": "same-origin" } });
    const first = await confirm();
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(portalTexts.ar.confirmedTitle);
    const again = await confirm();
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain(portalTexts.ar.linkInvalidTitle);
    const [row] = await t.database.db.select().from(selfRegistrations).where(eq(selfRegistrations.email, email));
    expect(row?.emailConfirmation).toBe("confirmed");
    expect(row?.emailConfirmedAt).toBeInstanceOf(Date);
    expect(row?.emailTokenHash).toBeNull();
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, row?.id ?? ""))
      .orderBy(asc(auditEvents.position));
    expect(audited.map((event) => [event.action, event.actorUserId, event.ipAddress])).toEqual([
      ["self_registration.submit", null, null],
      ["self_registration.email_confirm", null, null],
    ]);
  });
});
