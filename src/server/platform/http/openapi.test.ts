import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("OpenAPI", () => {
  it("serves an OpenAPI 3.1 document that lists the API with problem responses", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/sessions", "/api/municipalities", "/healthz"]),
    );
    const login = document.paths["/api/sessions"].post;
    expect(login.requestBody.content["application/json"].schema).toBeDefined();
    expect(login.responses.default.content["application/problem+json"]).toBeDefined();
  });

  it("serves a documentation page", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
  });

  it("has a zod response schema on every API route", () => {
    const routes = t.app.routeCatalogue;
    const undeclared = routes.filter(
      (route) => route.url.startsWith("/api/") && !route.url.startsWith("/api/docs") && !route.hasResponseSchema,
    );
    expect(routes.length).toBeGreaterThan(5);
    expect(undeclared.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it("has a zod body schema on every API route that takes a body", () => {
    const withoutBody = t.app.routeCatalogue.filter(
      (route) =>
        route.url.startsWith("/api/") && ["POST", "PUT", "PATCH"].includes(route.method) && !route.hasBodySchema,
    );
    expect(withoutBody.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });
});
