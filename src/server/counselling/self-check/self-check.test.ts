import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { encodeForm } from "../../arrival/self-registration/test-forms.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { selfCheckQuestionTexts, selfCheckUiTexts } from "./self-check-texts.js";

let t: TTestApp;
let staff: Record<string, string>;
let melle: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const caseworkerOf = async (municipalUnitKey: string) => {
    const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
    const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
    return signInAs(t.database.db, user.id);
  };
  staff = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = await caseworkerOf(testGeography.melle.unitKey);
});
afterAll(() => t.close());

async function invited(language = "uk") {
  const person = await buildPerson(t.database.db);
  const response = await t.app.inject({
    method: "POST",
    url: `/api/persons/${person.id}/self-checks`,
    cookies: staff,
    payload: { language },
  });
  expect(response.statusCode).toBe(201);
  const body = response.json() as { id: string; assessmentId: string; path: string; state: string };
  return { personId: person.id, ...body };
}

function post(path: string, fields: Record<string, string | string[]>) {
  return t.app.inject({
    method: "POST",
    url: path,
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
    payload: encodeForm(fields),
  });
}

async function answers(assessmentId: string) {
  return (await t.app.inject({ method: "GET", url: `/api/assessments/${assessmentId}`, cookies: staff })).json();
}

describe("the self-check on the portal", () => {
  it("opens from the link in the newcomer's language, one section per page, right to left in Arabic", async () => {
    const { path, state } = await invited("uk");
    expect(state).toBe("open");
    const page = await t.app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain('lang="uk"');
    expect(page.body).toContain("Який у вас статус перебування?");
    expect(page.body).toContain("Тимчасовий захист");
    const arabic = await t.app.inject({ method: "GET", url: path.replace("/uk/", "/ar/") });
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain("ما هو وضع إقامتك؟");
  });

  it("is invited to and opens in Farsi right to left, with every portal language in the switch", async () => {
    const { path } = await invited("fa");
    expect(path).toMatch(/^\/portal\/fa\/selbstcheck\//);
    const page = await t.app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="fa" dir="rtl">');
    const farsi = selfCheckQuestionTexts["first-interview@1"]?.fa ?? {};
    expect(page.body).toContain(farsi.residence_category);
    expect(page.body).toContain(farsi["residence_category.voruebergehender_schutz"]);
    expect(page.body).toContain(selfCheckUiTexts.fa.next);
    for (const other of portalLanguages.filter((language) => language !== "fa")) {
      expect(page.body).toContain(`href="${path.replace("/fa/", `/${other}/`)}" lang="${other}" hreflang="${other}"`);
    }
  });

  it("speaks Leichte Sprache at /portal/de-x-easy/selbstcheck/…, also for a wrong answer", async () => {
    const { path } = await invited("de-x-easy");
    expect(path).toMatch(/^\/portal\/de-x-easy\/selbstcheck\//);
    const easy = selfCheckQuestionTexts["first-interview@1"]?.["de-x-easy"] ?? {};
    const page = await t.app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="de-x-easy" dir="ltr">');
    expect(page.body).toContain(easy.title);
    expect(page.body).toContain(easy.residence_category);
    const bad = await post(path, { section: "wohnen", shown: ["housing_situation"], "q-housing_situation": "castle" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain(selfCheckUiTexts["de-x-easy"].answer_unknown_option);
  });

  it("saves a section and goes on; a wrong answer comes back at its question in that language, nothing saved", async () => {
    const { path, assessmentId } = await invited("uk");
    const bad = await post(path, { section: "wohnen", shown: ["housing_situation"], "q-housing_situation": "castle" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Будь ласка, виберіть один із варіантів.");
    expect((await answers(assessmentId)).answers).toEqual({});

    const saved = await post(path, {
      section: "aufenthalt",
      shown: ["residence_category", "permit_expiry", "residence_counselling_wanted"],
      "q-residence_category": "voruebergehender_schutz",
      "q-permit_expiry": "",
      "q-residence_counselling_wanted": "no",
      action: "next",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${path}?section=wohnen`);
    expect((await answers(assessmentId)).answers).toEqual({
      residence_category: "voruebergehender_schutz",
      residence_counselling_wanted: false,
    });
  });

  it("shows a question that an answer on the page brings in, on the same page, before going on", async () => {
    const { path, assessmentId } = await invited("de");
    const response = await post(path, {
      section: "aufenthalt",
      shown: ["residence_category", "residence_counselling_wanted"],
      "q-residence_category": "duldung",
      action: "next",
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Bis wann ist Ihr Aufenthaltspapier gültig?");
    expect(response.body).toContain("Wir haben eine Frage ergänzt");
    expect((await answers(assessmentId)).answers).toEqual({ residence_category: "duldung" });
  });

  it("sends once: a thank-you after, the draft waits for staff, the link then answers nothing more", async () => {
    const { path, assessmentId, personId, id } = await invited("en");
    const sent = await post(path, {
      section: "zivilgesellschaft",
      shown: ["volunteering_interest", "mentor_wanted"],
      "q-volunteering_interest": "no",
      "q-mentor_wanted": "yes",
      action: "submit",
    });
    expect(sent.statusCode).toBe(303);
    const thanks = await t.app.inject({ method: "GET", url: path });
    expect(thanks.body).toContain("Your answers have reached your counselling service.");
    expect((await post(path, { section: "wohnen", shown: [] })).statusCode).toBe(404);

    const draft = await answers(assessmentId);
    expect(draft).toMatchObject({ source: "self_check", status: "in_progress", answers: { mentor_wanted: true } });
    const list = (
      await t.app.inject({ method: "GET", url: `/api/persons/${personId}/self-checks`, cookies: staff })
    ).json();
    expect(list.items[0]).toMatchObject({ id, state: "submitted" });
    const events = await t.database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, assessmentId));
    expect(events).toContainEqual({ action: "self_check.submit", actor: null });
  });

  it("refuses unknown and withdrawn links with a page, and a second invitation while one is open", async () => {
    const { path, id, personId } = await invited("de");
    const again = await t.app.inject({
      method: "POST",
      url: `/api/persons/${personId}/self-checks`,
      cookies: staff,
      payload: { language: "de" },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/self-checks/${id}/revoke`, cookies: melle, payload: {} }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/self-checks/${id}/revoke`, cookies: staff, payload: {} }))
        .statusCode,
    ).toBe(204);
    const withdrawn = await t.app.inject({ method: "GET", url: path });
    expect(withdrawn.statusCode).toBe(404);
    expect(withdrawn.body).toContain("Dieser Link gilt nicht mehr");
    const unknown = await t.app.inject({
      method: "GET",
      url: "/portal/de/selbstcheck/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    });
    expect(unknown.statusCode).toBe(404);
  });
});
