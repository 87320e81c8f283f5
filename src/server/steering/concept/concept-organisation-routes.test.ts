import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildConceptPeople, buildSend, type TSend } from "./concept-test-helpers.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;
const url = "/api/steering/organisations";

beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  people = await buildConceptPeople(t.database.db);
});
afterAll(() => t.close());

describe("concept organisations", () => {
  it("lists the district's organisations by name for the coordinator, nobody else", async () => {
    expect((await send("GET", url, {})).statusCode).toBe(401);
    expect((await send("GET", url, people.caseworker)).statusCode).toBe(403);
    expect((await send("GET", url, people.administrator)).statusCode).toBe(403);
    const response = await send("GET", url, people.coordinator);
    expect(response.statusCode).toBe(200);
    const items: { id: string; name: string; kind: string }[] = response.json().items;
    expect(items.map((item) => item.id)).toEqual(
      expect.arrayContaining([people.districtOffice.id, people.providerA.id, people.providerB.id]),
    );
    expect(items.find((item) => item.id === people.providerA.id)?.kind).toBe("provider");
    const names = items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("is in the OpenAPI document", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(document.paths)).toContain("/api/steering/organisations");
    expect(document.components.schemas.ConceptOrganisationOptions).toBeDefined();
  });
});
