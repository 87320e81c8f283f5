import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinLocalToIso } from "../../../common/counselling/berlin-time.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let melleUserId: string;
let provider: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const caseworkerOf = async (municipalUnitKey: string) => {
    const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
    const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
    return { user, cookies: await signInAs(t.database.db, user.id) };
  };
  bramsche = (await caseworkerOf(testGeography.bramsche.unitKey)).cookies;
  const melleCaseworker = await caseworkerOf(testGeography.melle.unitKey);
  melle = melleCaseworker.cookies;
  melleUserId = melleCaseworker.user.id;
  const providerOrganisation = await buildProvider(t.database.db);
  const providerUser = await buildMember(t.database.db, {
    organisationId: providerOrganisation.id,
    role: "provider_staff",
  });
  provider = await signInAs(t.database.db, providerUser.id);
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PATCH", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

const berlin = (date: string, time: string) => berlinLocalToIso(date, time) ?? "";

async function plan(personId: string, overrides: object = {}) {
  const response = await call("POST", `/api/persons/${personId}/appointments`, bramsche, {
    startsAt: berlin("2031-07-01", "10:00"),
    endsAt: berlin("2031-07-01", "11:00"),
    kind: "in_person",
    location: "Rathaus Bramsche, Raum 12",
    title: "Beratung",
    note: "Bringt Arztbrief mit",
    interpreterLanguage: "uk",
    ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

/** The value of an iCalendar property line (unfolded), e.g. DTSTART. */
function icsProperty(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  return unfolded.split(/\r?\n/).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe("appointments with a person", () => {
  it("refuses what cannot be, field by field", async () => {
    const person = await buildPerson(t.database.db);
    const response = await call("POST", `/api/persons/${person.id}/appointments`, bramsche, {
      startsAt: "2031-02-30T10:00:00+01:00",
      endsAt: "2031-07-01T09:00:00Z",
      kind: "in_person",
      title: "",
      interpreterLanguage: "xx-nonsense",
    });
    expect(response.statusCode).toBe(422);
    const codes = Object.fromEntries(
      (response.json().errors as { pointer: string; code: string }[]).map((error) => [error.pointer, error.code]),
    );
    expect(codes).toEqual({
      "/body/startsAt": "date_time_invalid",
      "/body/title": "appointment_title_required",
      "/body/interpreterLanguage": "language_unknown",
    });
    const backwards = await call("POST", `/api/persons/${person.id}/appointments`, bramsche, {
      startsAt: berlin("2031-07-01", "10:00"),
      endsAt: berlin("2031-07-01", "09:30"),
      kind: "phone",
      title: "Rückruf",
      staffUserId: melleUserId,
    });
    expect(backwards.json().errors.map((error: { code: string }) => error.code)).toEqual([
      "appointment_end_before_start",
    ]);
    const stranger = await call("POST", `/api/persons/${person.id}/appointments`, bramsche, {
      startsAt: berlin("2031-07-01", "10:00"),
      endsAt: berlin("2031-07-01", "10:30"),
      kind: "phone",
      title: "Rückruf",
      staffUserId: melleUserId,
    });
    expect(stranger.json().errors[0]).toMatchObject({
      pointer: "/body/staffUserId",
      code: "appointment_staff_not_caseworker",
    });
  });

  it("lists upcoming and past ones, changes status at the version read, and shows plan and cancel on the timeline", async () => {
    const person = await buildPerson(t.database.db);
    const upcoming = await plan(person.id);
    const past = await plan(person.id, {
      startsAt: berlin("2024-03-05", "09:00"),
      endsAt: berlin("2024-03-05", "09:45"),
      kind: "video",
      location: null,
    });
    const list = (await call("GET", `/api/persons/${person.id}/appointments`, bramsche)).json();
    expect(list.upcoming.map((item: { id: string }) => item.id)).toEqual([upcoming.id]);
    expect(list.past.map((item: { id: string }) => item.id)).toEqual([past.id]);
    expect(list.upcoming[0]).toMatchObject({
      status: "planned",
      interpreterLanguage: "uk",
      allowedActions: ["update"],
    });

    const done = await call("PATCH", `/api/appointments/${past.id}`, bramsche, { version: 1, status: "missed" });
    expect(done.json()).toMatchObject({ status: "missed", version: 2 });
    const cancelled = await call("PATCH", `/api/appointments/${upcoming.id}`, bramsche, {
      version: 1,
      status: "cancelled",
    });
    expect(cancelled.json().status).toBe("cancelled");
    const stale = await call("PATCH", `/api/appointments/${upcoming.id}`, bramsche, { version: 1, title: "Neu" });
    expect(stale.statusCode).toBe(409);
    const shortened = await call("PATCH", `/api/appointments/${upcoming.id}`, bramsche, {
      version: 2,
      endsAt: berlin("2031-07-01", "09:00"),
    });
    expect(shortened.json().errors[0].code).toBe("appointment_end_before_start");

    const timeline = (await call("GET", `/api/persons/${person.id}/timeline`, bramsche)).json();
    expect(timeline.items.map((entry: { kind: string }) => entry.kind).slice(0, 3)).toEqual([
      "appointment_cancelled",
      "appointment_planned",
      "appointment_planned",
    ]);
    const audited = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.personId, person.id));
    expect(audited.map((event) => event.action)).toEqual(
      expect.arrayContaining(["appointment.create", "appointment.list", "appointment.update", "appointment.cancel"]),
    );
    expect(JSON.stringify(audited)).not.toContain("Arztbrief");
  });

  it("downloads an .ics in UTC with title and place only, right in summer and in winter", async () => {
    const person = await buildPerson(t.database.db);
    const summer = await plan(person.id);
    const winter = await plan(person.id, {
      startsAt: berlin("2031-01-15", "14:30"),
      endsAt: berlin("2031-01-15", "15:15"),
    });
    const summerFile = await call("GET", `/api/appointments/${summer.id}/ics`, bramsche);
    expect(summerFile.statusCode).toBe(200);
    expect(summerFile.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(summerFile.headers["content-disposition"]).toBe('attachment; filename="termin-2031-07-01.ics"');
    expect(icsProperty(summerFile.body, "DTSTART")).toBe("DTSTART:20310701T080000Z");
    expect(icsProperty(summerFile.body, "DTEND")).toBe("DTEND:20310701T090000Z");
    expect(icsProperty(summerFile.body, "SUMMARY")).toBe("SUMMARY:Beratung");
    expect(icsProperty(summerFile.body, "LOCATION")).toBe("LOCATION:Rathaus Bramsche\\, Raum 12");
    expect(icsProperty(summerFile.body, "UID")).toBe(`UID:${summer.id}@kommmit`);
    expect(summerFile.body).not.toContain("Arztbrief");
    expect(summerFile.body).not.toContain(person.familyName);
    expect(summerFile.body).not.toMatch(/ukrain|\buk\b/i);

    const winterFile = await call("GET", `/api/appointments/${winter.id}/ics`, bramsche);
    expect(icsProperty(winterFile.body, "DTSTART")).toBe("DTSTART:20310115T133000Z");
    expect(icsProperty(winterFile.body, "DTEND")).toBe("DTEND:20310115T141500Z");

    const exported = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, summer.id), eq(auditEvents.action, "appointment.read")));
    expect(exported.map((event) => event.detail)).toEqual([{ part: "ics" }]);
  });

  it("shows nobody outside the person scope and no provider: all 404", async () => {
    const person = await buildPerson(t.database.db);
    const appointment = await plan(person.id);
    for (const cookies of [melle, provider]) {
      expect((await call("GET", `/api/persons/${person.id}/appointments`, cookies)).statusCode).toBe(404);
      expect((await call("GET", `/api/appointments/${appointment.id}/ics`, cookies)).statusCode).toBe(404);
      const change = await call("PATCH", `/api/appointments/${appointment.id}`, cookies, {
        version: 1,
        status: "cancelled",
      });
      expect(change.statusCode).toBe(404);
      const planned = await call("POST", `/api/persons/${person.id}/appointments`, cookies, {
        startsAt: berlin("2031-07-01", "10:00"),
        endsAt: berlin("2031-07-01", "11:00"),
        kind: "phone",
        title: "x",
      });
      expect(planned.statusCode).toBe(404);
    }
  });
});
