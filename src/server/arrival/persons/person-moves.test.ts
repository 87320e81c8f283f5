import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { personAssignments } from "../arrival-tables.js";

let t: TTestApp;
let bramsche: { userId: string; cookies: Record<string, string> };
let melle: { userId: string; cookies: Record<string, string> };

async function caseworkerOf(municipalUnitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  return { userId: user.id, cookies: await signInAs(t.database.db, user.id) };
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = await caseworkerOf(testGeography.melle.unitKey);
});
afterAll(() => t.close());

async function registeredInBramsche() {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/persons",
    cookies: bramsche.cookies,
    payload: {
      givenName: "Amina",
      familyName: "Yilmaz",
      arrivedInGermanyOn: "2024-02-01",
      arrivedInMunicipalityOn: "2024-03-01",
      municipalityAgs: testGeography.bramsche.municipalityAgs,
    },
  });
  expect(response.statusCode).toBe(201);
  const id: string = response.json().id;
  await t.database.db.insert(personAssignments).values({ personId: id, userId: bramsche.userId });
  return id;
}

function move(id: string, body: Record<string, unknown>, cookies = bramsche.cookies) {
  return t.app.inject({ method: "POST", url: `/api/persons/${id}/moves`, cookies, payload: body });
}

function history(id: string, cookies: Record<string, string>) {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}/moves`, cookies });
}

describe("moves", () => {
  it("hands a person moving within the district over to the new municipality, with the note", async () => {
    const id = await registeredInBramsche();
    const response = await move(id, {
      kind: "within_district",
      toMunicipalityAgs: testGeography.melle.municipalityAgs,
      movedOn: "2025-06-01",
      note: "Integrationskurs läuft, nächster Termin 12.06.",
    });
    expect(response.statusCode).toBe(201);

    expect((await history(id, bramsche.cookies)).statusCode).toBe(404);
    const seen = (await history(id, melle.cookies)).json();
    expect(seen.periods).toEqual([
      { municipalityAgs: testGeography.bramsche.municipalityAgs, since: "2024-03-01", until: "2025-06-01" },
      { municipalityAgs: testGeography.melle.municipalityAgs, since: "2025-06-01", until: null },
    ]);
    expect(seen.moves[0]).toMatchObject({
      kind: "within_district",
      note: "Integrationskurs läuft, nächster Termin 12.06.",
    });
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, id)));
    expect(reads.map((event) => [event.actorUserId, event.detail])).toEqual([
      [melle.userId, { part: "residence_history" }],
    ]);

    const open = await t.database.db
      .select()
      .from(personAssignments)
      .where(and(eq(personAssignments.personId, id), isNull(personAssignments.endedAt)));
    expect(open).toEqual([]);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.move"), eq(auditEvents.personId, id)));
    expect(event?.detail).toEqual({
      kind: "within_district",
      from: testGeography.bramsche.municipalityAgs,
      to: testGeography.melle.municipalityAgs,
    });
  });

  it("ends the registration when the person leaves the district, and refuses a second move", async () => {
    const id = await registeredInBramsche();
    const response = await move(id, { kind: "out_of_district", movedOn: "2025-07-15", reason: "other_district" });
    expect(response.statusCode).toBe(201);
    const seen = (await history(id, bramsche.cookies)).json();
    expect(seen.periods).toEqual([
      { municipalityAgs: testGeography.bramsche.municipalityAgs, since: "2024-03-01", until: "2025-07-15" },
    ]);
    const person = await t.app.inject({ method: "GET", url: `/api/persons/${id}`, cookies: bramsche.cookies });
    expect(person.json().status).toBe("moved_away");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/persons?search=Yilmaz&status=moved_away",
      cookies: bramsche.cookies,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(id);
    const again = await move(id, { kind: "out_of_district", movedOn: "2025-08-01", reason: "abroad" });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].code).toBe("person_moved_away");
  });

  it("checks the move: a note for the handover, a known other municipality, not before the arrival", async () => {
    const id = await registeredInBramsche();
    const noNote = await move(id, {
      kind: "within_district",
      toMunicipalityAgs: testGeography.melle.municipalityAgs,
      movedOn: "2025-06-01",
    });
    expect(noNote.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual(["/body/note"]);
    const same = await move(id, {
      kind: "within_district",
      toMunicipalityAgs: testGeography.bramsche.municipalityAgs,
      movedOn: "2025-06-01",
      note: "x",
    });
    expect(same.json().errors[0].code).toBe("move_to_same_municipality");
    const unknown = await move(id, {
      kind: "within_district",
      toMunicipalityAgs: "09162000",
      movedOn: "2025-06-01",
      note: "x",
    });
    expect(unknown.json().errors[0].code).toBe("municipality_unknown");
    const early = await move(id, { kind: "out_of_district", movedOn: "2024-01-01", reason: "abroad" });
    expect(early.json().errors[0]).toMatchObject({ pointer: "/body/movedOn", code: "move_before_arrival" });
    const future = await move(id, { kind: "out_of_district", movedOn: "2999-01-01", reason: "abroad" });
    expect(future.json().errors[0].code).toBe("date_in_future");
  });

  it("lets nobody move a person outside their scope", async () => {
    const id = await registeredInBramsche();
    const response = await move(
      id,
      { kind: "out_of_district", movedOn: "2025-07-15", reason: "abroad" },
      melle.cookies,
    );
    expect(response.statusCode).toBe(404);
  });
});
