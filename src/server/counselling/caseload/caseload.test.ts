import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson, testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { assessments, needs } from "../assessments/assessment-tables.js";
import { buildDesks, buildDeskWorker, call, personWithCase, type TDeskWorker } from "../cases/case-test-helpers.js";

let t: TTestApp;
let bramsche: TDeskWorker;
let colleague: TDeskWorker;
let melle: TDeskWorker;

beforeAll(async () => {
  t = await createTestApp();
  const desks = await buildDesks(t);
  bramsche = await buildDeskWorker(t, desks.bramscheUnit);
  colleague = await buildDeskWorker(t, desks.bramscheUnit);
  melle = await buildDeskWorker(t, desks.melleUnit);
});
afterAll(() => t.close());

type TItem = { personId: string; caseStatus: string | null; needFields: string[]; assigneeName: string | null };

async function caseload(worker: TDeskWorker, search: string): Promise<TItem[]> {
  const response = await call(t, worker, "GET", `/api/counselling/caseload?pageSize=100&${search}`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

async function completedWithNeed(personId: string, fieldOfAction: string) {
  const [assessment] = await t.database.db
    .insert(assessments)
    .values({
      personId,
      questionnaireKey: "first-interview",
      questionnaireVersion: 1,
      source: "interview",
      status: "completed",
      completedAt: new Date(),
    })
    .returning();
  if (!assessment) throw new Error("no assessment");
  await t.database.db.insert(needs).values({
    personId,
    assessmentId: assessment.id,
    fieldOfAction,
    code: "test_need",
    priority: "high",
    reason: { de: "Grund", en: "Reason" },
  });
}

describe("the caseload", () => {
  it("shows my cases, not a colleague's; all cases of the desk; never another municipality's", async () => {
    const mine = await personWithCase(t, bramsche);
    await call(t, bramsche, "PUT", `/api/persons/${mine}/case/assignee`, { assigneeUserId: bramsche.userId });
    const theirs = await personWithCase(t, colleague);
    await call(t, colleague, "PUT", `/api/persons/${theirs}/case/assignee`, { assigneeUserId: colleague.userId });

    const myIds = (await caseload(bramsche, "view=mine")).map((item) => item.personId);
    expect(myIds).toContain(mine);
    expect(myIds).not.toContain(theirs);
    const all = await caseload(bramsche, "view=all");
    expect(all.map((item) => item.personId)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(all.find((item) => item.personId === mine)).toMatchObject({
      caseStatus: "open",
      assigneeName: "Desk Worker",
    });
    expect((await caseload(melle, "view=all")).map((item) => item.personId)).not.toContain(mine);
  });

  it("lists who waits for a first interview, until one is completed; filters by field of action of open needs", async () => {
    const waiting = await buildPerson(t.database.db, { municipalityAgs: testGeography.bramsche.municipalityAgs });
    const assessed = await buildPerson(t.database.db, { municipalityAgs: testGeography.bramsche.municipalityAgs });
    await completedWithNeed(assessed.id, "wohnen");
    const ids = (await caseload(bramsche, "view=waiting_first_interview")).map((item) => item.personId);
    expect(ids).toContain(waiting.id);
    expect(ids).not.toContain(assessed.id);

    await call(t, bramsche, "POST", `/api/persons/${assessed.id}/case`, {});
    const housing = await caseload(bramsche, "view=all&fieldOfAction=wohnen");
    expect(housing.map((item) => item.personId)).toEqual([assessed.id]);
    expect(housing[0]?.needFields).toEqual(["wohnen"]);
    expect(await caseload(bramsche, "view=all&fieldOfAction=arbeit&status=open")).toEqual([]);
  });

  it("refuses an unknown view as a field problem", async () => {
    const response = await call(t, bramsche, "GET", "/api/counselling/caseload?view=everything");
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/querystring/view");
  });
});
