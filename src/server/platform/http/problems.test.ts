import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { modules, type TModule } from "../../modules.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { publicAccess } from "../access/route-access.js";

/** A module whose route fails the way a broken query would, with SQL in the error message. */
const failingModule: TModule = {
  name: "failing",
  async routes(app) {
    app.get("/api/failing", { config: { access: publicAccess }, schema: { response: { 200: z.null() } } }, async () => {
      throw new Error('relation "secret_table" does not exist: select * from secret_table where id = 42');
    });
  },
};

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ modules: [...modules, failingModule] });
});
afterAll(() => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const problem = ZProblem.parse(JSON.parse(response.body));
  expect(problem.status).toBe(status);
  expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(problem.requestId).toBe(response.headers["x-request-id"]);
  return problem;
}

describe("problem details (RFC 9457)", () => {
  it("answers malformed JSON with 400", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b.de",',
    });
    const problem = expectProblem(response, 400);
    expect(problem.type).toBe("urn:kommmit:problem:malformed-json");
  });

  it("names every invalid and unknown field with a pointer, in German by default", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { email: "not-an-address", password: "", isAdmin: true },
    });
    const problem = expectProblem(response, 422);
    expect(problem.type).toBe("urn:kommmit:problem:validation-failed");
    expect(problem.title).toBe("Die Eingaben sind nicht gültig.");
    const pointers = problem.errors?.map((error) => error.pointer).sort();
    expect(pointers).toEqual(["/body/email", "/body/isAdmin", "/body/password"]);
    const email = problem.errors?.find((error) => error.pointer === "/body/email");
    expect(email?.detail).toMatch(/E-Mail/);
  });

  it("speaks the language asked for in Accept-Language", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { "accept-language": "uk, en;q=0.5" },
      payload: { email: "not-an-address", password: "x" },
    });
    const problem = expectProblem(response, 422);
    const email = problem.errors?.find((error) => error.pointer === "/body/email");
    expect(email?.detail).toMatch(/[а-яіїє]/i);
  });

  it("validates query strings and rejects unknown parameters", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/municipalities?sort=size&page=2" });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual(["/querystring/page", "/querystring/sort"]);
  });

  it("answers a body over the limit with 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { email: "a@b.de", password: "x".repeat(t.config.bodyLimitBytes) },
    });
    expectProblem(response, 413);
  });

  it("answers a wrong content type with 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { "content-type": "text/plain" },
      payload: "email=a@b.de",
    });
    expectProblem(response, 415);
    const form = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "email=a@b.de",
    });
    expectProblem(form, 415);
  });

  it("answers unknown routes with 404 problem details", async () => {
    const problem = expectProblem(await t.app.inject({ method: "GET", url: "/api/nowhere" }), 404);
    expect(problem.instance).toBe("/api/nowhere");
  });

  it("answers an unexpected failure with 500 problem details that reveal nothing inside", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/failing", headers: { "accept-language": "en" } });
    const problem = expectProblem(response, 500);
    expect(problem.title).toBe("An internal error occurred.");
    expect(response.body).not.toMatch(/secret_table|select|relation/i);
  });

  it("answers a badly encoded URL with 400 problem details", async () => {
    expectProblem(await t.app.inject({ method: "GET", url: "/api/%c0" }), 400);
  });

  it("keeps a well-formed incoming request id and replaces a dubious one", async () => {
    const kept = await t.app.inject({ method: "GET", url: "/healthz", headers: { "x-request-id": "trace-12345678" } });
    expect(kept.headers["x-request-id"]).toBe("trace-12345678");
    const replaced = await t.app.inject({ method: "GET", url: "/healthz", headers: { "x-request-id": "a\nb" } });
    expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects cross-site mutations", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { origin: "https://evil.example", host: "localhost:3000" },
      payload: { email: "a@b.de", password: "whatever-long" },
    });
    expectProblem(response, 403);
  });
});
