import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAuditEventPage } from "../../../common/platform/audit-schemas.js";
import type { TRole } from "../../../common/platform/organisations.js";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { logInThroughApi } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "./audit-tables.js";
import { recordAuditEvents } from "./record-audit-event.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A user of the role, logged in through the API (which writes their session.login event). */
async function logInAs(role: TRole) {
  const { user, organisation } = await buildUser(t.database.db, { role });
  const cookies = await logInThroughApi(t.app, t.database.db, user, TEST_PASSWORD);
  return { user, organisation, cookies };
}

function get(url: string, cookies?: Record<string, string>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: "GET", url, cookies, headers });
}

async function listAs(cookies: Record<string, string>, query: string) {
  const response = await get(`/api/audit-events?${query}`, cookies);
  expect(response.statusCode).toBe(200);
  return ZAuditEventPage.parse(response.json());
}

describe("GET /api/audit-events and /api/audit-events/export.csv", () => {
  it("answers 401 without a session", async () => {
    expect((await get("/api/audit-events")).statusCode).toBe(401);
    expect((await get("/api/audit-events/export.csv")).statusCode).toBe(401);
  });

  it("answers 422 naming the bad filters", async () => {
    const { cookies } = await logInAs("auditor");
    const response = await get(
      "/api/audit-events?pageSize=500&action=person.delete_everything&from=yesterday&personId=42",
      cookies,
      { "accept-language": "en" },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().title).toBe("The input is not valid.");
    const errors: { pointer: string; detail: string }[] = response.json().errors;
    expect(errors.find((error) => error.pointer === "/querystring/pageSize")?.detail).toContain("200");
    const pointers = errors.map((error) => error.pointer);
    expect(pointers.sort()).toEqual([
      "/querystring/action",
      "/querystring/from",
      "/querystring/pageSize",
      "/querystring/personId",
    ]);
    expect((await get("/api/audit-events/export.csv?userEmail=nobody", cookies)).statusCode).toBe(422);
  });

  it.each(["caseworker", "provider_admin", "district_coordinator"] as const)("answers 403 to a %s", async (role) => {
    const { cookies } = await logInAs(role);
    expect((await get("/api/audit-events", cookies)).statusCode).toBe(403);
    expect((await get("/api/audit-events/export.csv", cookies)).statusCode).toBe(403);
  });

  it("shows an auditor the logins of others, with the actor's name, e-mail and organisation names", async () => {
    const caseworker = await logInAs("caseworker");
    const { cookies } = await logInAs("auditor");
    const page = await listAs(cookies, `userId=${caseworker.user.id}&action=session.login`);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: "session.login",
      actorUserId: caseworker.user.id,
      actorDisplayName: caseworker.user.displayName,
      actorEmail: caseworker.user.email,
      organisationIds: [caseworker.organisation.id],
      subjectId: caseworker.user.id,
    });
    expect(page.organisations).toEqual([{ id: caseworker.organisation.id, name: caseworker.organisation.name }]);
    expect(page.allowedActions).toEqual(["list", "export"]);

    const byEmail = await listAs(cookies, `userEmail=${encodeURIComponent(caseworker.user.email.toUpperCase())}`);
    expect(byEmail.items.map((item) => item.id)).toEqual(page.items.map((item) => item.id));
    const byOrganisation = await listAs(cookies, `organisationId=${caseworker.organisation.id}`);
    expect(byOrganisation.items.map((item) => item.id)).toEqual(page.items.map((item) => item.id));
  });

  it("lets an administrator read the trail too (incident handling)", async () => {
    const { cookies, user } = await logInAs("administrator");
    const page = await listAs(cookies, `userId=${user.id}`);
    expect(page.items.map((item) => item.action)).toEqual(["session.login"]);
  });

  it("filters by person and period, pages with a total, newest first or oldest first", async () => {
    const personId = randomUUID();
    const at = (iso: string) => ({ action: "person.read", personId, occurredAt: new Date(iso) });
    // 23:30 UTC on 10 March is already 11 March in the district (Europe/Berlin).
    await t.database.db
      .insert(auditEvents)
      .values([
        at("2024-03-09T12:00:00Z"),
        at("2024-03-10T12:00:00Z"),
        at("2024-03-10T23:30:00Z"),
        at("2024-03-12T08:00:00Z"),
      ]);
    const { cookies } = await logInAs("auditor");
    const times = async (query: string) =>
      (await listAs(cookies, `personId=${personId}&${query}`)).items.map((item) => item.occurredAt);

    expect(await times("")).toEqual([
      "2024-03-12T08:00:00.000Z",
      "2024-03-10T23:30:00.000Z",
      "2024-03-10T12:00:00.000Z",
      "2024-03-09T12:00:00.000Z",
    ]);
    expect(await times("from=2024-03-10&to=2024-03-10")).toEqual(["2024-03-10T12:00:00.000Z"]);
    expect(await times("from=2024-03-11")).toEqual(["2024-03-12T08:00:00.000Z", "2024-03-10T23:30:00.000Z"]);
    expect(await times("from=2024-03-10T12:00:00Z&to=2024-03-10T23:30:00%2B00:00&sort=oldest")).toEqual([
      "2024-03-10T12:00:00.000Z",
      "2024-03-10T23:30:00.000Z",
    ]);

    const second = await listAs(cookies, `personId=${personId}&pageSize=3&page=2&sort=oldest`);
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((item) => item.occurredAt)).toEqual(["2024-03-12T08:00:00.000Z"]);
  });

  it("exports the filtered events as CSV with BOM, translated headers and escaped formulas, and audits the export", async () => {
    const personId = randomUUID();
    await recordAuditEvents(
      t.database.db,
      { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: "192.0.2.44" },
      [
        { action: "person.read", personId, purpose: '=HYPERLINK("http://evil.example","click")' },
        { action: "person.update", personId, purpose: "counselling", detail: { fields: ["phone", "email"] } },
        { action: "person.read", personId: randomUUID() },
      ],
    );
    const { cookies, user } = await logInAs("auditor");
    const response = await get(`/api/audit-events/export.csv?personId=${personId}&sort=oldest`, cookies, {
      "accept-language": "en-GB,en;q=0.9",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="audit-events-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith("\uFEFFPosition,Time (UTC),Action,User id,")).toBe(true);
    const [header, ...records] = parse(response.body, { bom: true }) as string[][];
    expect(header).toHaveLength(15);
    expect(records.map((record) => record[2])).toEqual(["person.read", "person.update"]);
    expect(records[0]?.[12]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(records[1]?.[14]).toBe('{"fields":["phone","email"]}');
    expect(records.every((record) => record[11] === personId && record[13] === "192.0.2.44")).toBe(true);

    const german = await get(`/api/audit-events/export.csv?personId=${personId}&language=de`, cookies, {
      "accept-language": "en",
    });
    expect(german.body.startsWith("\uFEFFPosition,Zeitpunkt (UTC),Aktion,Benutzer-ID,")).toBe(true);

    const exports = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "audit.export"), eq(auditEvents.actorUserId, user.id)))
      .orderBy(auditEvents.position);
    expect(exports.map((row) => row.detail)).toEqual([
      { filters: { personId }, sort: "oldest" },
      { filters: { personId }, sort: "newest" },
    ]);
  });

  it("streams an export larger than one batch in chain order", async () => {
    const personId = randomUUID();
    const context = { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: null };
    await recordAuditEvents(
      t.database.db,
      context,
      Array.from({ length: 2500 }, () => ({ action: "person.list" as const, personId })),
    );
    const { cookies } = await logInAs("auditor");
    const response = await get(`/api/audit-events/export.csv?personId=${personId}`, cookies);
    const [, ...records] = parse(response.body, { bom: true }) as string[][];
    expect(records).toHaveLength(2500);
    const positions = records.map((record) => Number(record[0]));
    expect(positions.every((position, index) => index === 0 || position < (positions[index - 1] ?? 0))).toBe(true);
  });
});
