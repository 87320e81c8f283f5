import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../testing/factories.js";
import { signInAs } from "../testing/sessions.js";
import { createTestApp, type TTestApp } from "../testing/test-app.js";

let t: TTestApp;
let cookies: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, { kind: "district" });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  cookies = await signInAs(t.database.db, user.id);
});
afterAll(() => t.close());

function call(method: "GET" | "POST", url: string, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function register(givenName: string) {
  const response = await call("POST", "/api/persons", {
    givenName,
    familyName: "Koval",
    birthYear: 1988,
    municipalityAgs: testGeography.bramsche.municipalityAgs,
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

async function openCaseWithTask(personId: string, title: string) {
  expect((await call("POST", `/api/persons/${personId}/case`, {})).statusCode).toBe(201);
  const task = await call("POST", `/api/persons/${personId}/tasks`, { title, dueOn: "2030-01-15" });
  expect(task.statusCode).toBe(201);
}

const taskTitles = async (personId: string) =>
  (await call("GET", `/api/persons/${personId}/tasks`)).json().items.map((task: { title: string }) => task.title);

describe("merging persons moves their counselling file", () => {
  it("moves the merged record's case and tasks to the survivor, and undo gives them back", async () => {
    const survivor = await register("Oleksandr");
    const duplicate = await register("Aleksandr");
    await openCaseWithTask(duplicate, "Sprachkurs anmelden");

    const merged = await call("POST", `/api/persons/${survivor}/merges`, { otherId: duplicate });
    expect(merged.statusCode).toBe(201);
    expect(await taskTitles(survivor)).toEqual(["Sprachkurs anmelden"]);
    expect((await call("GET", `/api/persons/${survivor}/case`)).json().case.status).toBe("open");

    const undone = await call("POST", `/api/persons/${survivor}/merges/${merged.json().merge.id}/undo`, {});
    expect(undone.statusCode).toBe(200);
    expect(await taskTitles(survivor)).toEqual([]);
    expect(await taskTitles(duplicate)).toEqual(["Sprachkurs anmelden"]);
  });

  it("refuses to merge two records that both have an open case, and changes nothing", async () => {
    const survivor = await register("Olena");
    const duplicate = await register("Olena M.");
    await openCaseWithTask(survivor, "Wohnung suchen");
    await openCaseWithTask(duplicate, "Kita anfragen");

    const refused = await call("POST", `/api/persons/${survivor}/merges`, { otherId: duplicate });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe("Beide Datensätze haben einen offenen Fall.");
    expect(await taskTitles(duplicate)).toEqual(["Kita anfragen"]);
    expect((await call("GET", `/api/persons/${duplicate}`)).json().status).not.toBe("merged");
  });
});
