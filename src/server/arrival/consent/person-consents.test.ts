import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { consents } from "./consent-tables.js";

let t: TTestApp;
let bramsche: { userId: string; cookies: Record<string, string> };
let melle: { userId: string; cookies: Record<string, string> };
let notices: { id: string; language: string; version: string }[];
let provider: { id: string };

async function caseworkerOf(municipalUnitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  return { userId: user.id, cookies: await signInAs(t.database.db, user.id) };
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = await caseworkerOf(testGeography.melle.unitKey);
  notices = (await t.app.inject({ method: "GET", url: "/api/privacy-notices" })).json();
  provider = await buildOrganisation(t.database.db, { kind: "provider", providerType: "language_school" });
});
afterAll(() => t.close());

function noticeIn(language: string): string {
  const notice = notices.find((candidate) => candidate.language === language);
  if (!notice) throw new Error(`no notice in ${language}`);
  return notice.id;
}

function record(personId: string, body: Record<string, unknown>, cookies = bramsche.cookies, language = "de") {
  return t.app.inject({
    method: "POST",
    url: `/api/persons/${personId}/consents`,
    cookies,
    headers: { "accept-language": language },
    payload: body,
  });
}

function read(personId: string, cookies = bramsche.cookies) {
  return t.app.inject({ method: "GET", url: `/api/persons/${personId}/consents`, cookies });
}

function withdraw(personId: string, consentId: string, cookies = bramsche.cookies) {
  return t.app.inject({
    method: "POST",
    url: `/api/persons/${personId}/consents/${consentId}/withdraw`,
    cookies,
    payload: {},
  });
}

const givenAt = "2026-11-30T10:15:00+01:00";

describe("privacy notices", () => {
  it("are public, one current version per language, each readable with its text", async () => {
    expect(notices.map((notice) => notice.language).sort()).toEqual(["ar", "de", "en", "uk"]);
    const one = await t.app.inject({ method: "GET", url: `/api/privacy-notices/${noticeIn("uk")}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ language: "uk", version: "2026-12-01" });
    expect(one.json().body.length).toBeGreaterThan(100);
    const unknown = await t.app.inject({
      method: "GET",
      url: "/api/privacy-notices/00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe("consents", () => {
  it("records decisions given in person with the notice's version and language, and reads them back", async () => {
    const person = await buildPerson(t.database.db);
    const response = await record(person.id, {
      privacyNoticeId: noticeIn("uk"),
      givenAt,
      decisions: [
        { purpose: "counselling", isGranted: true },
        { purpose: "statistics", isGranted: false },
        { purpose: "provider_sharing", isGranted: true, recipientOrganisationIds: [provider.id] },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toHaveLength(3);

    const state = (await read(person.id)).json();
    expect(state.allowedActions).toEqual(["read", "update"]);
    expect(state.organisations).toEqual([{ id: provider.id, name: expect.any(String) }]);
    const byPurpose = Object.fromEntries(
      state.current.map((entry: { purpose: string; isGranted: boolean }) => [entry.purpose, entry]),
    );
    expect(byPurpose.counselling).toMatchObject({
      isGranted: true,
      language: "uk",
      channel: "in_person",
      privacyNotice: { version: "2026-12-01", language: "uk" },
      givenAt: "2026-11-30T09:15:00.000Z",
      recordedBy: "Test User",
      supersededById: null,
    });
    expect(byPurpose.statistics).toMatchObject({ isGranted: false });
    expect(byPurpose.provider_sharing).toMatchObject({ recipientOrganisationIds: [provider.id] });

    const reads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, person.id)));
    expect(reads.map((event) => event.detail)).toEqual([{ part: "consents" }]);
    const writes = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "consent.record"), eq(auditEvents.personId, person.id)));
    expect(writes).toHaveLength(3);
  });

  it("supersedes the record in force on a new decision, keeping the old one in the history", async () => {
    const person = await buildPerson(t.database.db);
    const base = { privacyNoticeId: noticeIn("de"), givenAt };
    const [first] = (
      await record(person.id, { ...base, decisions: [{ purpose: "statistics", isGranted: false }] })
    ).json();
    const [second] = (
      await record(person.id, { ...base, decisions: [{ purpose: "statistics", isGranted: true }] })
    ).json();
    expect(second.supersedesId).toBe(first.id);

    const state = (await read(person.id)).json();
    expect(state.current.map((entry: { id: string }) => entry.id)).toEqual([second.id]);
    expect(
      state.history.map((entry: { id: string; supersededById: string | null }) => [entry.id, entry.supersededById]),
    ).toEqual(
      expect.arrayContaining([
        [first.id, second.id],
        [second.id, null],
      ]),
    );
  });

  it("keeps sharing decisions for different recipients side by side", async () => {
    const person = await buildPerson(t.database.db);
    const base = { privacyNoticeId: noticeIn("de"), givenAt };
    await record(person.id, {
      ...base,
      decisions: [
        { purpose: "provider_sharing", isGranted: true, recipientOrganisationIds: [provider.id] },
        { purpose: "provider_sharing", isGranted: true, recipientProviderTypes: ["job_centre"] },
      ],
    });
    const state = (await read(person.id)).json();
    expect(state.current).toHaveLength(2);
  });

  it("withdraws a consent as a new record and refuses to withdraw it twice", async () => {
    const person = await buildPerson(t.database.db);
    const [granted] = (
      await record(person.id, {
        privacyNoticeId: noticeIn("en"),
        givenAt,
        decisions: [{ purpose: "municipality_contact", isGranted: true }],
      })
    ).json();
    const response = await withdraw(person.id, granted.id);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      purpose: "municipality_contact",
      isGranted: false,
      supersedesId: granted.id,
      language: "en",
      privacyNotice: { id: noticeIn("en") },
    });
    const again = await withdraw(person.id, granted.id);
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toEqual([expect.objectContaining({ pointer: "/params/consentId" })]);
    const events = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "consent.withdraw"), eq(auditEvents.personId, person.id)));
    expect(events).toEqual([
      { detail: expect.objectContaining({ purpose: "municipality_contact", isGranted: false }) },
    ]);
  });

  it("withdraws only a granted record in force of the person named in the path", async () => {
    const person = await buildPerson(t.database.db);
    const other = await buildPerson(t.database.db);
    const [granted, refused] = (
      await record(person.id, {
        privacyNoticeId: noticeIn("de"),
        givenAt,
        decisions: [
          { purpose: "counselling", isGranted: true },
          { purpose: "statistics", isGranted: false },
        ],
      })
    ).json();
    expect((await withdraw(other.id, granted.id)).statusCode).toBe(404);
    const early = await t.app.inject({
      method: "POST",
      url: `/api/persons/${person.id}/consents/${granted.id}/withdraw`,
      cookies: bramsche.cookies,
      payload: { givenAt: "2026-11-29T10:00:00+01:00" },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([expect.objectContaining({ pointer: "/body/givenAt" })]);
    expect((await withdraw(person.id, refused.id)).statusCode).toBe(422);
    expect((await read(person.id)).json().history).toHaveLength(2);
  });

  it("cannot be changed or deleted in the database", async () => {
    const person = await buildPerson(t.database.db);
    const [granted] = (
      await record(person.id, {
        privacyNoticeId: noticeIn("de"),
        givenAt,
        decisions: [{ purpose: "counselling", isGranted: true }],
      })
    ).json();
    await expect(
      t.database.db.update(consents).set({ isGranted: false }).where(eq(consents.id, granted.id)),
    ).rejects.toThrow();
    await expect(t.database.db.delete(consents).where(eq(consents.id, granted.id))).rejects.toThrow();
  });

  it("is 404 outside the actor's scope, for reading, recording and withdrawing", async () => {
    const person = await buildPerson(t.database.db);
    const [granted] = (
      await record(person.id, {
        privacyNoticeId: noticeIn("de"),
        givenAt,
        decisions: [{ purpose: "counselling", isGranted: true }],
      })
    ).json();
    expect((await read(person.id, melle.cookies)).statusCode).toBe(404);
    const recorded = await record(
      person.id,
      { privacyNoticeId: noticeIn("de"), givenAt, decisions: [{ purpose: "statistics", isGranted: true }] },
      melle.cookies,
    );
    expect(recorded.statusCode).toBe(404);
    expect((await withdraw(person.id, granted.id, melle.cookies)).statusCode).toBe(404);
    expect((await read(person.id)).json().history).toHaveLength(1);
  });
});

describe("bad consent input", () => {
  async function problemOf(body: Record<string, unknown>, language = "de") {
    const person = await buildPerson(t.database.db);
    const response = await record(
      person.id,
      { privacyNoticeId: noticeIn("de"), givenAt, ...body },
      bramsche.cookies,
      language,
    );
    expect(response.statusCode).toBe(422);
    expect(await t.database.db.select().from(consents).where(eq(consents.personId, person.id))).toEqual([]);
    return response.json().errors as { pointer: string; detail: string }[];
  }

  it("points at an unknown privacy notice", async () => {
    const errors = await problemOf({
      privacyNoticeId: "00000000-0000-4000-8000-000000000000",
      decisions: [{ purpose: "counselling", isGranted: true }],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: "/body/privacyNoticeId",
        detail: expect.stringContaining("Datenschutzinformation"),
      }),
    ]);
  });

  it("points at a recipient that is unknown or not a provider, in English when asked", async () => {
    const municipality = await buildOrganisation(t.database.db, { kind: "municipal_unit" });
    const errors = await problemOf(
      {
        decisions: [
          {
            purpose: "provider_sharing",
            isGranted: true,
            recipientOrganisationIds: [provider.id, municipality.id, "00000000-0000-4000-8000-000000000000"],
          },
        ],
      },
      "en",
    );
    expect(errors.map((error) => error.pointer)).toEqual([
      "/body/decisions/0/recipientOrganisationIds/1",
      "/body/decisions/0/recipientOrganisationIds/2",
    ]);
    expect(errors[0]?.detail).toContain("not a provider");
  });

  it("refuses recipients on a purpose other than sharing, and sharing without recipients", async () => {
    const errors = await problemOf({
      decisions: [
        { purpose: "counselling", isGranted: true, recipientProviderTypes: ["club"] },
        { purpose: "provider_sharing", isGranted: true },
      ],
    });
    expect(errors.map((error) => error.pointer)).toEqual([
      "/body/decisions/0/recipientOrganisationIds",
      "/body/decisions/1/recipientOrganisationIds",
    ]);
  });

  it("refuses a date in the future and a purpose decided twice", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const errors = await problemOf({
      givenAt: tomorrow,
      decisions: [
        { purpose: "counselling", isGranted: true },
        { purpose: "counselling", isGranted: false },
      ],
    });
    expect(errors.map((error) => error.pointer)).toEqual(["/body/givenAt", "/body/decisions/1/purpose"]);
    expect(errors[0]?.detail).toBe("Dieses Datum liegt in der Zukunft.");
  });
});
