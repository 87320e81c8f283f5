import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { persons } from "../arrival-tables.js";
import { consents } from "../consent/consent-tables.js";
import { readPrivacyNoticeFiles, seedPrivacyNotices } from "../consent/seed-privacy-notices.js";
import { selfRegistrations } from "./self-registration-tables.js";
import { loadForm } from "./test-forms.js";

let t: TTestApp;
let melleCookies: Record<string, string>;
let bramscheCookies: Record<string, string>;
let districtCookies: Record<string, string>;
let melleUserId: string;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0",
      KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT: "1000",
      KOMMMIT_SELF_REGISTRATION_RATE_LIMIT: "1000",
    },
  });
  const db = t.database.db;
  const melle = await buildOrganisation(db, { kind: "municipal_unit", municipalUnitKey: testGeography.melle.unitKey });
  const bramsche = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const melleUser = await buildUser(db, { organisation: melle });
  melleUserId = melleUser.user.id;
  melleCookies = await signInAs(db, melleUser.user.id);
  bramscheCookies = await signInAs(db, (await buildUser(db, { organisation: bramsche })).user.id);
  districtCookies = await signInAs(db, (await buildUser(db)).user.id);
});
afterAll(() => t.close());

/** A registration through the public JSON API, as the portal's script would send it. */
async function register(fields: Record<string, unknown> = {}, language = "uk") {
  const { formToken, privacyNoticeId } = await loadForm(t, "uk");
  const response = await t.app.inject({
    method: "POST",
    url: "/api/self-registrations",
    headers: { "accept-language": language },
    payload: {
      municipalityAgs: testGeography.melle.municipalityAgs,
      givenName: "Taras",
      familyName: `Shevchenko-${Math.random().toString(36).slice(2, 8)}`,
      birthYear: 1988,
      sex: "male",
      nationalities: ["UA"],
      languages: [{ language: "uk", level: "native" }],
      phone: "+49 5422 777",
      language: "uk",
      privacyNoticeId,
      hasReadPrivacyNotice: true,
      consents: { counselling: true, municipality_contact: true, statistics: false },
      formToken,
      ...fields,
    },
  });
  return response;
}

async function registeredId(fields: Record<string, unknown> = {}): Promise<string> {
  const response = await register(fields);
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe("the public API", () => {
  it("answers field problems as RFC 9457 in the request's language, saving nothing", async () => {
    const response = await register({ givenName: "", familyName: "", hasReadPrivacyNotice: false, email: "x" }, "en");
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/body/familyName", "/body/hasReadPrivacyNotice", "/body/email"]));
    expect(new Set(pointers).size).toBe(pointers.length);
  });

  it("refuses a missing or forged form token with 422", async () => {
    const response = await register({ formToken: "0.x.y" }, "de");
    expect(response.statusCode).toBe(422);
    expect(response.json().title).toBe("Das Formular wurde nicht angenommen.");
  });
});

describe("the privacy notice", () => {
  it("keeps its text fixed once someone registered under it, before any consent record exists", async () => {
    await registeredId();
    const files = readPrivacyNoticeFiles().map((file) =>
      file.language === "uk" ? { ...file, body: `${file.body} …` } : file,
    );
    await expect(seedPrivacyNotices(t.database.db, files)).rejects.toThrow("put the new text in a new version folder");
  });
});

describe("staff review", () => {
  it("lists pending registrations for the caseworkers of the municipality and the district, 404 elsewhere", async () => {
    const id = await registeredId();
    const list = await t.app.inject({
      method: "GET",
      url: "/api/self-registrations?status=pending",
      cookies: melleCookies,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(id);
    const district = await t.app.inject({
      method: "GET",
      url: `/api/self-registrations/${id}`,
      cookies: districtCookies,
    });
    expect(district.statusCode).toBe(200);
    const other = await t.app.inject({ method: "GET", url: `/api/self-registrations/${id}`, cookies: bramscheCookies });
    expect(other.statusCode).toBe(404);
    const otherList = await t.app.inject({ method: "GET", url: "/api/self-registrations", cookies: bramscheCookies });
    expect(otherList.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
    const otherConfirm = await t.app.inject({
      method: "POST",
      url: `/api/self-registrations/${id}/confirm`,
      cookies: bramscheCookies,
      payload: {},
    });
    expect(otherConfirm.statusCode).toBe(404);
    const [stillPending] = await t.database.db.select().from(selfRegistrations).where(eq(selfRegistrations.id, id));
    expect(stillPending?.status).toBe("pending");
  });

  it("shows likely existing persons and audits the read", async () => {
    const familyName = `Bondarenko-${Date.now()}`;
    const existing = await buildPerson(t.database.db, {
      municipalityAgs: testGeography.melle.municipalityAgs,
      familyName,
    });
    const id = await registeredId({ familyName, givenName: "Test", birthYear: 1990 });
    const detail = await t.app.inject({ method: "GET", url: `/api/self-registrations/${id}`, cookies: melleCookies });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().registration).toMatchObject({
      familyName,
      emailConfirmation: "not_needed",
      privacyNoticeVersion: "2026-12-01",
    });
    expect(detail.json().candidates.map((candidate: { id: string }) => candidate.id)).toContain(existing.id);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "self_registration.read"), eq(auditEvents.subjectId, id)));
    expect(audited).toHaveLength(1);
  });

  it("confirms into a new person with the online consents, once", async () => {
    const id = await registeredId({ email: "taras@example.test" });
    const confirm = () =>
      t.app.inject({
        method: "POST",
        url: `/api/self-registrations/${id}/confirm`,
        cookies: melleCookies,
        payload: {},
      });
    const response = await confirm();
    expect(response.statusCode).toBe(200);
    const { personId, status } = response.json();
    expect(status).toBe("confirmed");
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, personId));
    expect(person).toMatchObject({
      municipalityAgs: testGeography.melle.municipalityAgs,
      birthYear: 1988,
      sex: "male",
    });
    // The address was never confirmed: it is not taken over for contact.
    expect(person?.email).toBeNull();
    const [registration] = await t.database.db.select().from(selfRegistrations).where(eq(selfRegistrations.id, id));
    const written = await t.database.db.select().from(consents).where(eq(consents.personId, personId));
    expect(
      written.map(({ purpose, isGranted, channel, language }) => ({ purpose, isGranted, channel, language })),
    ).toEqual(
      expect.arrayContaining([
        { purpose: "counselling", isGranted: true, channel: "online", language: "uk" },
        { purpose: "municipality_contact", isGranted: true, channel: "online", language: "uk" },
        { purpose: "statistics", isGranted: false, channel: "online", language: "uk" },
      ]),
    );
    expect(written).toHaveLength(3);
    for (const consent of written) {
      expect(consent.privacyNoticeId).toBe(registration?.privacyNoticeId);
      expect(consent.givenAt.getTime()).toBe(registration?.submittedAt.getTime());
      expect(consent.recordedBy).toBe(melleUserId);
    }
    expect(registration).toMatchObject({
      status: "confirmed",
      personId,
      decidedBy: melleUserId,
      clientAddressHash: null,
    });
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.personId, personId));
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["person.create", "self_registration.confirm"]),
    );
    const consentEvents = events.filter((event) => event.action === "consent.record");
    expect(consentEvents.map((event) => event.subjectId).sort()).toEqual(written.map((consent) => consent.id).sort());
    expect(consentEvents[0]?.detail).toMatchObject({ channel: "online" });
    expect((await confirm()).statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/self-registrations/${id}/reject`,
          cookies: melleCookies,
          payload: { reason: "x" },
        })
      ).statusCode,
    ).toBe(409);
  });

  it("merges into an existing person, filling only what the record lacks and superseding earlier consents", async () => {
    const existing = await buildPerson(t.database.db, { municipalityAgs: testGeography.melle.municipalityAgs });
    const first = await registeredId({
      consents: { counselling: false, municipality_contact: false, statistics: false },
    });
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/self-registrations/${first}/merge`,
          cookies: melleCookies,
          payload: { personId: existing.id },
        })
      ).statusCode,
    ).toBe(200);
    const second = await registeredId({ birthYear: 1970 });
    const merged = await t.app.inject({
      method: "POST",
      url: `/api/self-registrations/${second}/merge`,
      cookies: melleCookies,
      payload: { personId: existing.id },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ status: "merged", personId: existing.id });
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, existing.id));
    // The record's own values win (birth year 1990 from the factory); what it lacked is filled in.
    expect(person).toMatchObject({
      givenName: "Test",
      birthYear: 1990,
      sex: "male",
      nationalities: ["UA"],
      phone: "+49 5422 777",
    });
    const written = await t.database.db.select().from(consents).where(eq(consents.personId, existing.id));
    expect(written).toHaveLength(6);
    const counselling = written.filter((consent) => consent.purpose === "counselling");
    const latest = counselling.find((consent) => consent.supersedesId !== null);
    expect(latest?.isGranted).toBe(true);
    expect(counselling.map((consent) => consent.id)).toContain(latest?.supersedesId);
  });

  it("keeps a decision recorded after the form was sent: the older online one does not supersede it", async () => {
    const existing = await buildPerson(t.database.db, { municipalityAgs: testGeography.melle.municipalityAgs });
    const id = await registeredId();
    const notices = await t.app.inject({ method: "GET", url: "/api/privacy-notices" });
    const german = notices.json().find((notice: { language: string }) => notice.language === "de");
    const recorded = await t.app.inject({
      method: "POST",
      url: `/api/persons/${existing.id}/consents`,
      cookies: melleCookies,
      payload: {
        privacyNoticeId: german.id,
        givenAt: new Date().toISOString(),
        decisions: [{ purpose: "counselling", isGranted: false }],
      },
    });
    expect(recorded.statusCode).toBe(201);
    const merged = await t.app.inject({
      method: "POST",
      url: `/api/self-registrations/${id}/merge`,
      cookies: melleCookies,
      payload: { personId: existing.id },
    });
    expect(merged.statusCode).toBe(200);
    const written = await t.database.db.select().from(consents).where(eq(consents.personId, existing.id));
    const counselling = written.filter((consent) => consent.purpose === "counselling");
    expect(counselling).toHaveLength(1);
    expect(counselling[0]).toMatchObject({ channel: "in_person", isGranted: false });
    expect(
      written
        .filter((consent) => consent.channel === "online")
        .map((consent) => consent.purpose)
        .sort(),
    ).toEqual(["municipality_contact", "statistics"]);
  });

  it("merges only into a person within the actor's scope", async () => {
    const elsewhere = await buildPerson(t.database.db, { municipalityAgs: testGeography.bramsche.municipalityAgs });
    const id = await registeredId();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/self-registrations/${id}/merge`,
      cookies: melleCookies,
      payload: { personId: elsewhere.id },
    });
    expect(response.statusCode).toBe(404);
    const [registration] = await t.database.db.select().from(selfRegistrations).where(eq(selfRegistrations.id, id));
    expect(registration?.status).toBe("pending");
  });

  it("rejects with a reason, once, and filters by status", async () => {
    const id = await registeredId();
    const reject = () =>
      t.app.inject({
        method: "POST",
        url: `/api/self-registrations/${id}/reject`,
        cookies: melleCookies,
        payload: { reason: "test entry" },
      });
    expect((await reject()).json()).toMatchObject({ status: "rejected", personId: null });
    expect((await reject()).statusCode).toBe(409);
    const rejected = await t.app.inject({
      method: "GET",
      url: "/api/self-registrations?status=rejected",
      cookies: melleCookies,
    });
    expect(rejected.json().items.map((item: { id: string }) => item.id)).toContain(id);
    const pending = await t.app.inject({
      method: "GET",
      url: "/api/self-registrations?status=pending",
      cookies: melleCookies,
    });
    expect(pending.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
  });
});
