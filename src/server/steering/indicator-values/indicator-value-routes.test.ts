import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import {
  buildConceptPeople,
  buildSend,
  buildSubGoalBody,
  periodBody,
  pointersOf,
  type TSend,
} from "../concept/concept-test-helpers.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;
let periodId: string;
let subGoalId: string;

const valueBody = { year: 2020, value: 61.5, source: "Landesamt für Statistik Niedersachsen, 2021" };

beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  people = await buildConceptPeople(t.database.db);
  const period = await send("POST", "/api/steering/concept-periods", people.coordinator, periodBody);
  periodId = period.json().id;
  const statement = await send("POST", `/api/steering/concept-periods/${periodId}/statements`, people.coordinator, {
    fieldOfActionCode: "arbeit",
    guidingPrinciple: "Alle finden Arbeit.",
  });
  const subGoal = await send(
    "POST",
    `/api/steering/statements/${statement.json().id}/sub-goals`,
    people.coordinator,
    buildSubGoalBody({ indicatorKey: null, indicatorDescription: "Beschäftigungsquote" }),
  );
  subGoalId = subGoal.json().id;
});
afterAll(() => t.close());

const valuesUrl = () => `/api/steering/sub-goals/${subGoalId}/values`;

describe("indicator values entered by hand", () => {
  it("answers 401 anonymous, 403 to other roles and 404 for an unknown sub-goal", async () => {
    expect((await send("GET", valuesUrl(), {})).statusCode).toBe(401);
    expect((await send("GET", valuesUrl(), people.caseworker)).statusCode).toBe(403);
    expect((await send("POST", valuesUrl(), people.auditor, valueBody)).statusCode).toBe(403);
    const unknown = "/api/steering/sub-goals/00000000-0000-4000-8000-000000000000/values";
    expect((await send("GET", unknown, people.coordinator)).statusCode).toBe(404);
  });

  it("adds, lists, changes and removes values with their source, in the history and the audit trail", async () => {
    const district = await send("POST", valuesUrl(), people.coordinator, valueBody);
    expect(district.statusCode, district.body).toBe(201);
    const bramsche = await send("POST", valuesUrl(), people.coordinator, {
      ...valueBody,
      municipalUnitKey: testGeography.bramsche.unitKey,
      value: 58,
      note: "  ",
    });
    expect(bramsche.json()).toMatchObject({ municipalUnitName: "Bramsche", value: 58, note: null, version: 1 });
    const list = await send("GET", valuesUrl(), people.coordinator);
    expect(list.json().items.map((item: { municipalUnitKey: string | null }) => item.municipalUnitKey)).toEqual([
      null,
      testGeography.bramsche.unitKey,
    ]);

    const id = district.json().id;
    const changed = await send("PUT", `/api/steering/indicator-values/${id}`, people.coordinator, {
      ...valueBody,
      value: 62,
      version: 1,
    });
    expect(changed.json()).toMatchObject({ value: 62, version: 2 });
    const stale = await send("PUT", `/api/steering/indicator-values/${id}`, people.coordinator, {
      ...valueBody,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await send("DELETE", `/api/steering/indicator-values/${id}?version=2`, people.coordinator)).statusCode,
    ).toBe(204);

    const history = await send("GET", `/api/steering/concept-periods/${periodId}/history`, people.coordinator);
    const valueChanges = history
      .json()
      .items.filter((item: { part: string }) => item.part === "indicator_value")
      .map((item: { kind: string }) => item.kind);
    expect(valueChanges).toEqual(["removed", "changed", "added", "added"]);
    const changedEntry = history.json().items.find((item: { kind: string; part: string }) => item.kind === "changed");
    expect(changedEntry.values.value).toEqual({ from: 61.5, to: 62 });
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    expect(audit.map((event) => event.action).sort()).toEqual([
      "steering_concept.create",
      "steering_concept.delete",
      "steering_concept.update",
    ]);
  });

  it("refuses a year outside the period, an unknown administration, a missing source and a taken cell", async () => {
    const invalid = await send("POST", valuesUrl(), people.coordinator, {
      ...valueBody,
      year: 2030,
      municipalUnitKey: "99999999",
      source: " ",
    });
    expect(pointersOf(invalid)).toEqual(["/body/source"]);
    const outside = await send("POST", valuesUrl(), people.coordinator, {
      ...valueBody,
      year: 2030,
      municipalUnitKey: "99999999",
    });
    expect(pointersOf(outside)).toEqual(["/body/municipalUnitKey", "/body/year"]);
    const first = await send("POST", valuesUrl(), people.coordinator, { ...valueBody, year: 2021, month: 6 });
    expect(first.statusCode).toBe(201);
    const taken = await send("POST", valuesUrl(), people.coordinator, { ...valueBody, year: 2021, month: 6 }, "en");
    expect(pointersOf(taken)).toEqual(["/body/year"]);
    expect(taken.json().errors[0].detail).toBe("There is already a value for this period and area.");
  });
});
