import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZPortalEvent } from "../../../common/portal/event-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let caseworker: Record<string, string>;

async function editorOf(unitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey: unitKey });
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  return signInAs(t.database.db, user.id);
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await editorOf(testGeography.bramsche.unitKey);
  melle = await editorOf(testGeography.melle.unitKey);
  caseworker = await signInAs(t.database.db, (await buildUser(t.database.db, { role: "caseworker" })).user.id);
});
afterAll(() => t.close());

const eventInput = (overrides = {}) => ({
  municipalUnitKey: testGeography.bramsche.unitKey,
  startsAt: "2026-03-17T17:00:00Z",
  endsAt: "2026-03-17T19:00:00Z",
  recurrence: "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5",
  address: "Rathaus Bramsche, Hasestraße 11",
  texts: [
    { language: "de", title: "Sprachcafé", descriptionHtml: "<p>Offen</p><script>alert(1)</script>" },
    { language: "en", title: "Language café" },
  ],
  ...overrides,
});

async function create(overrides = {}, cookies = bramsche) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/portal/events",
    cookies,
    payload: eventInput(overrides),
  });
  expect(response.statusCode).toBe(201);
  return ZPortalEvent.parse(response.json());
}

describe("staff events API", () => {
  it("answers 401 without a session and 403 to a caseworker", async () => {
    expect((await t.app.inject({ method: "POST", url: "/api/portal/events", payload: eventInput() })).statusCode).toBe(
      401,
    );
    const response = await t.app.inject({ method: "GET", url: "/api/portal/events", cookies: caseworker });
    expect(response.statusCode).toBe(403);
  });

  it("answers 422 with field problems for an end before the start and an unsupported rule", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/portal/events",
      cookies: bramsche,
      payload: eventInput({ endsAt: "2026-03-17T16:00:00Z", recurrence: "FREQ=YEARLY;BYMONTH=3" }),
    });
    expect(response.statusCode).toBe(422);
    const codes = response.json().errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]);
    expect(codes).toEqual([
      ["/body/endsAt", "portal_event_ends_before_start"],
      ["/body/recurrence", "portal_event_recurrence_unsupported"],
    ]);
  });

  it("creates a draft with a sanitised description and an audit entry", async () => {
    const event = await create();
    expect(event.status).toBe("draft");
    expect(event.texts[0]?.descriptionHtml).toBe("<p>Offen</p>");
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, event.id), eq(auditEvents.action, "portal_event.create")));
    expect(audit).toHaveLength(1);
  });

  it("refuses a Melle event to a Bramsche editor (422) and hides Melle's events from them (404)", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/portal/events",
      cookies: bramsche,
      payload: eventInput({ municipalUnitKey: testGeography.melle.unitKey }),
    });
    expect(response.statusCode).toBe(422);
    const melleEvent = await create({ municipalUnitKey: testGeography.melle.unitKey }, melle);
    for (const request of [
      { method: "GET" as const, url: `/api/portal/events/${melleEvent.id}` },
      { method: "PUT" as const, url: `/api/portal/events/${melleEvent.id}`, payload: { ...eventInput(), version: 1 } },
      { method: "POST" as const, url: `/api/portal/events/${melleEvent.id}/publish`, payload: { version: 1 } },
      { method: "DELETE" as const, url: `/api/portal/events/${melleEvent.id}?version=1` },
    ]) {
      expect((await t.app.inject({ ...request, cookies: bramsche })).statusCode).toBe(404);
    }
  });

  it("updates at the version read, 409 on a stale one, publishes and deletes only drafts", async () => {
    const event = await create();
    const url = `/api/portal/events/${event.id}`;
    const saved = await t.app.inject({
      method: "PUT",
      url,
      cookies: bramsche,
      payload: { ...eventInput({ organiser: "VHS" }), version: 1 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ organiser: "VHS", version: 2 });
    const stale = await t.app.inject({
      method: "PUT",
      url,
      cookies: bramsche,
      payload: { ...eventInput(), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const published = await t.app.inject({
      method: "POST",
      url: `${url}/publish`,
      cookies: bramsche,
      payload: { version: 2 },
    });
    expect(published.json()).toMatchObject({ status: "published", version: 3 });
    expect((await t.app.inject({ method: "DELETE", url: `${url}?version=3`, cookies: bramsche })).statusCode).toBe(409);
    await t.app.inject({ method: "POST", url: `${url}/unpublish`, cookies: bramsche, payload: { version: 3 } });
    expect((await t.app.inject({ method: "DELETE", url: `${url}?version=4`, cookies: bramsche })).statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url, cookies: bramsche })).statusCode).toBe(404);
  });

  it("expands the occurrences within a range of at most a year", async () => {
    const event = await create();
    const url = `/api/portal/events/${event.id}/occurrences`;
    const response = await t.app.inject({
      method: "GET",
      url,
      cookies: bramsche,
      query: { from: "2026-03-01T00:00:00Z", to: "2026-04-30T00:00:00Z" },
    });
    expect(response.json().items.map((item: { startsAt: string }) => item.startsAt)).toEqual([
      "2026-03-17T17:00:00.000Z",
      "2026-03-19T17:00:00.000Z",
      "2026-03-24T17:00:00.000Z",
      "2026-03-26T17:00:00.000Z",
      "2026-03-31T16:00:00.000Z",
    ]);
    const tooLong = await t.app.inject({
      method: "GET",
      url,
      cookies: bramsche,
      query: { from: "2026-01-01T00:00:00Z", to: "2027-06-01T00:00:00Z" },
    });
    expect(tooLong.statusCode).toBe(422);
  });

  it("lists by owner and status", async () => {
    await create({ municipalUnitKey: testGeography.melle.unitKey }, melle);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/portal/events",
      cookies: bramsche,
      query: { status: "draft" },
    });
    const owners = response.json().items.map((item: { municipalUnitKey: string }) => item.municipalUnitKey);
    expect(new Set(owners)).toEqual(new Set([testGeography.bramsche.unitKey]));
  });
});
