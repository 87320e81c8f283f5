import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildConceptPeople, buildSend, periodBody, pointersOf, type TSend } from "./concept-test-helpers.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;
const base = "/api/steering/concept-periods";

beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  people = await buildConceptPeople(t.database.db);
});
afterAll(() => t.close());

async function createPeriod(body: Record<string, unknown> = {}) {
  const response = await send("POST", base, people.coordinator, { ...periodBody, ...body });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe("concept periods: access", () => {
  it("answers 401 anonymous and 403 to every role but the district coordinator", async () => {
    expect((await send("GET", base, {})).statusCode).toBe(401);
    for (const cookies of [
      people.caseworker,
      people.contentEditor,
      people.administrator,
      people.auditor,
      people.unitCaseworker,
    ]) {
      expect((await send("GET", base, cookies)).statusCode).toBe(403);
      expect((await send("POST", base, cookies, periodBody)).statusCode).toBe(403);
    }
    const period = await createPeriod({ name: "Zugriffsprobe" });
    expect((await send("GET", `${base}/${period.id}`, people.caseworker)).statusCode).toBe(403);
    expect((await send("GET", `${base}/${period.id}/history`, people.auditor)).statusCode).toBe(403);
  });

  it("answers 404 for a period that does not exist", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await send("GET", `${base}/${unknown}`, people.coordinator)).statusCode).toBe(404);
    const update = { ...periodBody, status: "draft", version: 1 };
    expect((await send("PUT", `${base}/${unknown}`, people.coordinator, update)).statusCode).toBe(404);
    expect((await send("DELETE", `${base}/${unknown}?version=1`, people.coordinator)).statusCode).toBe(404);
  });
});

describe("concept periods: validation", () => {
  it("names every broken field, in German and in English", async () => {
    const invalid = { name: "  ", startYear: 2022, endYear: 2018, status: "closed" };
    const german = await send("POST", base, people.coordinator, invalid, "de");
    expect(pointersOf(german)).toEqual(["/body/name", "/body/status"]);
    const english = await send("POST", base, people.coordinator, invalid, "en");
    expect(english.json().errors.find((error: { pointer: string }) => error.pointer === "/body/name").detail).toBe(
      "Please enter a name, for example “Integration concept 2018–2022”.",
    );
    const years = await send("POST", base, people.coordinator, { ...periodBody, startYear: 2022, endYear: 2018 });
    expect(pointersOf(years)).toEqual(["/body/endYear"]);
    expect(years.json().errors[0].detail).toBe("Das Endjahr darf nicht vor dem Anfangsjahr liegen.");
    const unknownField = await send("POST", base, people.coordinator, { ...periodBody, colour: "blue" });
    expect(unknownField.statusCode).toBe(422);
  });
});

describe("concept periods: changes", () => {
  it("creates, lists, updates at the version read, refuses stale writes and keeps the history", async () => {
    const period = await createPeriod();
    expect(period).toMatchObject({ ...periodBody, status: "draft", version: 1, statements: [] });
    expect(period.allowedActions).toEqual(["list", "read", "create", "update", "delete"]);
    const list = await send("GET", base, people.secondCoordinator);
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(period.id);

    const url = `${base}/${period.id}`;
    const renamed = await send("PUT", url, people.secondCoordinator, {
      ...periodBody,
      name: "Integrationskonzept 2018 bis 2022",
      status: "draft",
      version: 1,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "Integrationskonzept 2018 bis 2022", version: 2 });
    expect(renamed.json().updatedByName).toBe("Test district_coordinator");
    const stale = await send("PUT", url, people.coordinator, { ...periodBody, status: "draft", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");

    const history = (await send("GET", `${url}/history`, people.coordinator)).json().items;
    expect(history.map((change: { kind: string }) => change.kind)).toEqual(["changed", "added"]);
    expect(history[0]).toMatchObject({
      part: "period",
      fields: ["name"],
      values: { name: { from: "Integrationskonzept 2018–2022", to: "Integrationskonzept 2018 bis 2022" } },
      actorName: "Test district_coordinator",
    });

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, period.id));
    expect(events.map((event) => event.action).sort()).toEqual(["steering_concept.create", "steering_concept.update"]);
    expect(events.find((event) => event.action === "steering_concept.update")?.detail).toMatchObject({
      part: "period",
      fields: ["name"],
    });
  });

  it("moves the status along the allowed transitions, one active period at a time, and deletes only drafts", async () => {
    const first = await createPeriod({ name: "Konzept A", status: "active" });
    const second = await createPeriod({ name: "Konzept B", startYear: 2023, endYear: 2027 });
    const secondUrl = `${base}/${second.id}`;
    const closeDraft = await send("PUT", secondUrl, people.coordinator, {
      ...periodBody,
      status: "closed",
      version: 1,
    });
    expect(pointersOf(closeDraft)).toEqual(["/body/status"]);
    const twoActive = await send("PUT", secondUrl, people.coordinator, { ...periodBody, status: "active", version: 1 });
    expect(twoActive.statusCode).toBe(409);
    expect(twoActive.json().title).toBe("Es gibt schon einen aktiven Konzeptzeitraum.");
    expect((await send("POST", base, people.coordinator, { ...periodBody, status: "active" })).statusCode).toBe(409);

    const firstUrl = `${base}/${first.id}`;
    const closed = await send("PUT", firstUrl, people.coordinator, {
      name: "Konzept A",
      startYear: 2018,
      endYear: 2022,
      status: "closed",
      version: 1,
    });
    expect(closed.json().status).toBe("closed");
    expect((await send("DELETE", `${firstUrl}?version=2`, people.coordinator)).statusCode).toBe(409);

    expect((await send("DELETE", `${secondUrl}?version=2`, people.coordinator)).statusCode).toBe(409);
    expect((await send("DELETE", `${secondUrl}?version=1`, people.coordinator)).statusCode).toBe(204);
    expect((await send("GET", secondUrl, people.coordinator)).statusCode).toBe(404);
    const deleted = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, second.id));
    expect(deleted.map((event) => event.action)).toContain("steering_concept.delete");
  });
});

describe("concept periods: API description", () => {
  it("lists the steering routes in the OpenAPI document", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/steering/concept-periods/{id}",
        "/api/steering/concept-periods/{id}/history",
        "/api/steering/statements/{id}/sub-goals",
        "/api/steering/measures/{id}",
        "/api/steering/concept-periods/{id}/export.xlsx",
        "/api/steering/concept-periods/{id}/import",
      ]),
    );
    expect(document.components.schemas.ConceptPeriod).toBeDefined();
    expect(document.components.schemas.ConceptImportSummary).toBeDefined();
  });
});
