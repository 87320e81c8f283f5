import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let cookies: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const unit = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  cookies = await signInAs(t.database.db, (await buildUser(t.database.db, { organisation: unit })).user.id);
});
afterAll(() => t.close());

async function send(method: "GET" | "POST" | "PATCH", url: string, payload?: object) {
  const response = await t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
  expect(response.statusCode).toBeLessThan(300);
  return response.json();
}

describe("the person file's timeline", () => {
  it("shows the plan created, a goal added, agreed, changed and reviewed; reads and PDFs are left out", async () => {
    const person = await buildPerson(t.database.db);
    const base = `/api/persons/${person.id}/integration-plan`;
    await send("POST", base, {});
    const { plan } = await send("POST", `${base}/goals`, { version: 1, fieldOfActionCode: "bildung", title: "Kita" });
    await send("POST", `${base}/agreement`, { version: 2, agreedOn: "2025-04-01", agreedHow: "in_writing" });
    await send("PATCH", `${base}/goals/${plan.goals[0].id}`, { version: 3, status: "achieved" });
    await send("POST", `${base}/reviews`, { version: 4, reviewedOn: "2025-05-01", note: "Platz gefunden" });
    await send("GET", base);
    await t.app.inject({ method: "GET", url: `${base}/document`, cookies });

    const timeline = await send("GET", `/api/persons/${person.id}/timeline`);
    expect(timeline.items.map((entry: { kind: string; fields: string[] }) => [entry.kind, entry.fields])).toEqual([
      ["plan_reviewed", []],
      ["plan_changed", ["goal.status"]],
      ["plan_agreed", []],
      ["plan_changed", ["goal.added"]],
      ["plan_created", []],
    ]);
    expect(JSON.stringify(timeline)).not.toContain("Platz gefunden");
  });
});
