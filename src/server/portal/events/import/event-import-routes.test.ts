import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxCalendarBytes, ZEventImportResult } from "../../../../common/portal/event-import-schemas.js";
import { ZPortalEvent } from "../../../../common/portal/event-schemas.js";
import { auditEvents } from "../../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../../testing/factories.js";
import { signInAs } from "../../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { portalEvents } from "../portal-event-tables.js";
import { allDayEvent, calendarOf, timedEvent } from "./calendar-fixtures.js";
import { serveText, startCalendarServer, type TCalendarServer } from "./calendar-server.js";

/** `t` fetches from private hosts (as the tests' calendar server is one); `strict` is the default on the same database. */
let t: TTestApp;
let strict: TTestApp;
let server: TCalendarServer;
let bramsche: Record<string, string>;
let bramscheUserId: string;
let melle: Record<string, string>;
let district: Record<string, string>;
let caseworker: Record<string, string>;

async function editorOf(kind: "district" | "municipal_unit", unitKey?: string) {
  const organisation = await buildOrganisation(t.database.db, {
    kind,
    ...(unitKey ? { municipalUnitKey: unitKey } : {}),
  });
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  return { userId: user.id, cookies: await signInAs(t.database.db, user.id) };
}

beforeAll(async () => {
  t = await createTestApp({ env: { KOMMMIT_EVENT_IMPORT_ALLOW_PRIVATE_HOSTS: "true" } });
  strict = await createTestApp({ sharedDatabase: t.database });
  server = await startCalendarServer();
  const bramscheEditor = await editorOf("municipal_unit", testGeography.bramsche.unitKey);
  bramsche = bramscheEditor.cookies;
  bramscheUserId = bramscheEditor.userId;
  melle = (await editorOf("municipal_unit", testGeography.melle.unitKey)).cookies;
  district = (await editorOf("district")).cookies;
  caseworker = await signInAs(t.database.db, (await buildUser(t.database.db, { role: "caseworker" })).user.id);
});
afterAll(async () => {
  await strict.close();
  await t.close();
  await server.close();
});

type TImportOptions = {
  owner?: string;
  dryRun?: boolean;
  cookies?: Record<string, string>;
  app?: TTestApp;
  language?: string;
  contentType?: string;
};

function postImport(payload: object | Buffer, options: TImportOptions = {}) {
  const { owner = testGeography.bramsche.unitKey, dryRun = false, cookies = bramsche, app = t } = options;
  return app.app.inject({
    method: "POST",
    url: "/api/portal/events/import",
    query: { owner, dryRun: String(dryRun) },
    cookies,
    headers: { "content-type": options.contentType ?? "application/json", "accept-language": options.language ?? "de" },
    payload,
  });
}

const importUrl = (url: string, options?: TImportOptions) => postImport({ url }, options);
const importFile = (text: string | Buffer, options: TImportOptions = {}) =>
  postImport(Buffer.from(text), { contentType: "text/calendar", ...options });

function readResult(response: Awaited<ReturnType<typeof postImport>>) {
  expect(response.statusCode, response.body).toBe(200);
  return ZEventImportResult.parse(response.json());
}

function readFieldErrors(response: Awaited<ReturnType<typeof postImport>>) {
  expect(response.statusCode, response.body).toBe(422);
  return response.json().errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]);
}

const createUid = (name: string) => `${name}-${randomUUID()}@example.org`;

/** Serves the calendar at a fresh path and returns its address. */
function serveCalendar(text: string | Buffer, contentType?: string): string {
  const path = `/${randomUUID()}.ics`;
  server.handle(path, serveText(text, contentType));
  return server.urlOf(path);
}

const findEventsWith = (uids: string[]) =>
  t.database.db.select().from(portalEvents).where(inArray(portalEvents.importUid, uids));

async function readEvent(uid: string, cookies = bramsche) {
  const [row] = await findEventsWith([uid]);
  if (!row) throw new Error(`no event imported as ${uid}`);
  const response = await t.app.inject({ method: "GET", url: `/api/portal/events/${row.id}`, cookies });
  return ZPortalEvent.parse(response.json());
}

const findImportAudits = () =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, "portal_event.import"))
    .orderBy(desc(auditEvents.position));

describe("importing events from iCalendar", () => {
  it("answers 401 without a session and 403 to a caseworker, before fetching anything", async () => {
    const url = serveCalendar(calendarOf(timedEvent(createUid("anonymous"))));
    expect((await importUrl(url, { cookies: {} })).statusCode).toBe(401);
    expect((await importUrl(url, { cookies: caseworker })).statusCode).toBe(403);
    expect(server.hitsOf(new URL(url).pathname)).toBe(0);
  });

  it("refuses a URL on a private host by default and fetches it where private hosts are allowed", async () => {
    const url = serveCalendar(calendarOf(timedEvent(createUid("private"))));
    expect(readFieldErrors(await importUrl(url, { app: strict }))).toEqual([
      ["/body/url", "portal_event_import_url_private"],
    ]);
    expect(server.hitsOf(new URL(url).pathname)).toBe(0);
    expect(readResult(await importUrl(url, { dryRun: true }))).toMatchObject({ dryRun: true, created: 1 });
    expect(readFieldErrors(await importUrl("ftp://example.org/k.ics"))).toEqual([
      ["/body/url", "portal_event_import_url_invalid"],
    ]);
  });

  it("reports in a dry run what an import would do and writes nothing", async () => {
    const [timed, allDay] = [createUid("dry-timed"), createUid("dry-all-day")];
    const auditsBefore = (await findImportAudits()).length;
    const result = readResult(
      await importUrl(serveCalendar(calendarOf(timedEvent(timed), allDayEvent(allDay))), {
        dryRun: true,
      }),
    );
    expect(result).toEqual({ dryRun: true, created: 2, updated: 0, unchanged: 0, failed: 0, errors: [] });
    expect(await findEventsWith([timed, allDay])).toEqual([]);
    expect(await findImportAudits()).toHaveLength(auditsBefore);
  });

  it("imports new UIDs as drafts with one audit event, and a second import leaves them unchanged", async () => {
    const [timed, allDay] = [createUid("timed"), createUid("all-day")];
    const url = serveCalendar(calendarOf(timedEvent(timed), allDayEvent(allDay)));
    expect(readResult(await importUrl(url))).toEqual({
      dryRun: false,
      created: 2,
      updated: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
    });
    const rows = await findEventsWith([timed, allDay]);
    expect(rows.map((row) => [row.status, row.municipalUnitKey, row.importedFrom, row.version])).toEqual([
      ["draft", testGeography.bramsche.unitKey, url, 1],
      ["draft", testGeography.bramsche.unitKey, url, 1],
    ]);
    expect(await readEvent(timed)).toMatchObject({
      startsAt: "2026-03-17T17:00:00.000Z",
      endsAt: "2026-03-17T19:00:00.000Z",
      recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
      address: "Rathaus Bramsche, Hasestraße 11",
      onlineUrl: "https://example.org/sprachcafe",
      texts: [{ language: "de", title: "Sprachcafé" }],
    });
    expect(await readEvent(allDay)).toMatchObject({ startsOn: "2026-07-04", endsOn: "2026-07-05", startsAt: null });
    const [audit] = await findImportAudits();
    expect(audit).toMatchObject({
      actorUserId: bramscheUserId,
      subjectType: "portal_event",
      detail: {
        owner: testGeography.bramsche.unitKey,
        source: "url",
        host: new URL(url).host,
        created: 2,
        updated: 0,
        unchanged: 0,
        failed: 0,
      },
    });

    expect(readResult(await importUrl(url))).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect((await findEventsWith([timed, allDay])).map((row) => row.version)).toEqual([1, 1]);
  });

  it("takes the file itself and updates a changed VEVENT at a new version, keeping its status", async () => {
    const [changing, staying] = [createUid("changing"), createUid("staying")];
    const first = importFile(calendarOf(timedEvent(changing), allDayEvent(staying)), {
      contentType: "application/octet-stream",
    });
    expect(readResult(await first)).toMatchObject({ created: 2 });
    const imported = await readEvent(changing);
    expect(imported.importedFrom).toBe("file");
    const published = await t.app.inject({
      method: "POST",
      url: `/api/portal/events/${imported.id}/publish`,
      cookies: bramsche,
      payload: { version: 1 },
    });
    expect(published.statusCode).toBe(200);

    const second = await importFile(calendarOf(timedEvent(changing, "Sprachcafé am Dienstag"), allDayEvent(staying)));
    expect(readResult(second)).toMatchObject({ created: 0, updated: 1, unchanged: 1, failed: 0 });
    expect(await readEvent(changing)).toMatchObject({
      status: "published",
      version: 3,
      texts: [{ language: "de", title: "Sprachcafé am Dienstag" }],
    });
    expect((await readEvent(staying)).version).toBe(1);
  });

  it("reports a bad VEVENT by position and UID and imports the rest", async () => {
    const [good, bad, alsoGood] = [createUid("good"), createUid("bad"), createUid("also-good")];
    const calendar = calendarOf(
      timedEvent(good),
      `UID:${bad}\nSUMMARY:Ohne Beginn`,
      "DTSTART:20260401T100000Z\nSUMMARY:Ohne UID",
      allDayEvent(alsoGood),
    );
    const result = readResult(await importFile(calendar, { language: "en" }));
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 2 });
    expect(result.errors).toEqual([
      { index: 1, uid: bad, summary: "Ohne Beginn", messages: ["DTSTART: The event has no start."] },
      {
        index: 2,
        uid: null,
        summary: "Ohne UID",
        messages: ["The event has no UID; without one it cannot be recognised when imported again."],
      },
    ]);
    expect((await findEventsWith([good, bad, alsoGood])).map((row) => row.importUid).sort()).toEqual(
      [good, alsoGood].sort(),
    );
  });

  it("refuses a file or a page that is not a calendar", async () => {
    expect(readFieldErrors(await importFile("Hallo, das ist kein Kalender."))).toEqual([
      ["/body", "portal_event_import_not_icalendar"],
    ]);
    const page = serveCalendar("<!doctype html><title>Termine</title>", "text/html");
    expect(readFieldErrors(await importUrl(page))).toEqual([["/body/url", "portal_event_import_not_icalendar"]]);
  });

  it("refuses a calendar over 2 MB: a field error when fetched, 413 when uploaded", async () => {
    const tooLarge = Buffer.alloc(maxCalendarBytes + 1, "x");
    expect(readFieldErrors(await importUrl(serveCalendar(tooLarge)))).toEqual([
      ["/body/url", "portal_event_import_too_large"],
    ]);
    expect((await importFile(Buffer.alloc(maxCalendarBytes + 4096, "x"))).statusCode).toBe(413);
  });

  it("refuses an owner outside the editor's reach and keeps each owner's imports apart", async () => {
    const uid = createUid("shared");
    const calendar = calendarOf(timedEvent(uid));
    for (const owner of [testGeography.melle.unitKey, "district", "99999999"]) {
      expect(readFieldErrors(await importFile(calendar, { owner }))).toEqual([
        ["/query/owner", "portal_event_unit_out_of_reach"],
      ]);
    }
    expect(readFieldErrors(await importFile(calendar, { cookies: district }))).toEqual([
      ["/query/owner", "portal_event_unit_out_of_reach"],
    ]);
    expect(await findEventsWith([uid])).toEqual([]);

    expect(readResult(await importFile(calendar))).toMatchObject({ created: 1 });
    expect(
      readResult(await importFile(calendar, { owner: testGeography.melle.unitKey, cookies: melle })),
    ).toMatchObject({ created: 1, unchanged: 0 });
    expect(readResult(await importFile(calendar, { owner: "district", cookies: district }))).toMatchObject({
      created: 1,
    });
    const owners = (await findEventsWith([uid])).map((row) => row.municipalUnitKey);
    expect(new Set(owners)).toEqual(new Set([testGeography.bramsche.unitKey, testGeography.melle.unitKey, null]));
    const [bramscheEvent] = await t.database.db
      .select()
      .from(portalEvents)
      .where(and(eq(portalEvents.importUid, uid), eq(portalEvents.municipalUnitKey, testGeography.bramsche.unitKey)));
    expect(bramscheEvent?.version).toBe(1);
  });

  it("refuses a body that is neither an address nor a calendar, and a malformed dryRun", async () => {
    expect((await postImport({ url: "https://example.org/k.ics", owner: "x" })).statusCode).toBe(422);
    expect((await postImport({})).statusCode).toBe(422);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/portal/events/import",
      query: { owner: testGeography.bramsche.unitKey, dryRun: "maybe" },
      cookies: bramsche,
      payload: { url: "https://example.org/k.ics" },
    });
    expect(response.statusCode).toBe(422);
  });
});
