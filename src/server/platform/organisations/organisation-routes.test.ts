import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOrganisation, ZOrganisationPage } from "../../../common/platform/organisation-schemas.js";
import { buildUser } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";

let t: TTestApp;
let admin: Record<string, string>;
let caseworker: Record<string, string>;
let providerAdmin: Record<string, string>;
let ownProviderId: string;
let otherProviderId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  admin = await signInAs(t.database.db, (await buildUser(db, { role: "administrator" })).user.id);
  caseworker = await signInAs(t.database.db, (await buildUser(db, { role: "caseworker" })).user.id);
  const ownProvider = await buildProvider(db);
  ownProviderId = ownProvider.id;
  otherProviderId = (await buildProvider(db, "language_school")).id;
  providerAdmin = await signInAs(
    t.database.db,
    (await buildMember(db, { organisationId: ownProvider.id, role: "provider_admin" })).id,
  );
});
afterAll(() => t.close());

function auditOf(subjectId: string, action: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.action, action)));
}

describe("GET /api/organisations", () => {
  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/organisations" })).statusCode).toBe(401);
  });

  it("answers 422 for an unknown sort, naming the parameter", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/organisations?sort=size", cookies: admin });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/querystring/sort");
  });

  it("answers 403 to a caseworker", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/organisations", cookies: caseworker });
    expect(response.statusCode).toBe(403);
  });

  it("shows a provider admin only their own provider", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/organisations", cookies: providerAdmin });
    const page = ZOrganisationPage.parse(response.json());
    expect(page.items.map((organisation) => organisation.id)).toEqual([ownProviderId]);
    expect(page.items[0]?.allowedActions).toEqual(["list", "read", "update"]);
    expect(page.items[0]?.memberCount).toBe(1);
    expect(page.canCreate).toBe(false);
  });

  it("lets administrators search, filter, sort and page through all", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/organisations?kind=provider&sort=name&direction=desc&pageSize=1&page=2",
      cookies: admin,
    });
    const page = ZOrganisationPage.parse(response.json());
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items).toHaveLength(1);
    expect(page.canCreate).toBe(true);
    expect(page.items.every((organisation) => organisation.kind === "provider")).toBe(true);

    const own = await t.app.inject({ method: "GET", url: "/api/organisations", cookies: providerAdmin });
    const name = ZOrganisationPage.parse(own.json()).items[0]?.name ?? "";
    const search = await t.app.inject({
      method: "GET",
      url: `/api/organisations?q=${encodeURIComponent(name.slice(-6).toUpperCase())}`,
      cookies: admin,
    });
    expect(ZOrganisationPage.parse(search.json()).items.map((organisation) => organisation.id)).toEqual([
      ownProviderId,
    ]);
  });
});

describe("POST /api/organisations", () => {
  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/organisations", payload: {} });
    expect(response.statusCode).toBe(401);
  });

  it("answers 422 with the field for a provider without type", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      cookies: admin,
      headers: { "accept-language": "en" },
      payload: { kind: "provider", name: "Caritas Osnabrück" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ pointer: "/body/providerType" })]);
  });

  it("answers 422 at the field for an unknown municipal administration", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      cookies: admin,
      payload: { kind: "municipal_unit", name: "Gemeinde Nirgendwo", municipalUnitKey: "034599999" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { pointer: "/body/municipalUnitKey", code: "municipalUnitUnknown", detail: "Diese Verwaltung gibt es nicht." },
    ]);
  });

  it("answers 403 to caseworkers and provider admins", async () => {
    const payload = { kind: "provider", name: "Sprachschule Nord", providerType: "language_school" };
    for (const cookies of [caseworker, providerAdmin]) {
      const response = await t.app.inject({ method: "POST", url: "/api/organisations", cookies, payload });
      expect(response.statusCode).toBe(403);
    }
  });

  it("creates providers and municipal units, audited", async () => {
    const provider = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      cookies: admin,
      payload: { kind: "provider", name: "Sprachschule Nord", providerType: "language_school" },
    });
    expect(provider.statusCode).toBe(201);
    const created = ZOrganisation.parse(provider.json());
    expect(created).toMatchObject({ kind: "provider", providerType: "language_school", memberCount: 0 });
    expect(await auditOf(created.id, "organisation.create")).toHaveLength(1);

    const [unit] = (await t.app.inject({ method: "GET", url: "/api/municipal-units" })).json();
    const municipal = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      cookies: admin,
      payload: { kind: "municipal_unit", name: `Verwaltung ${unit.name}`, municipalUnitKey: unit.key },
    });
    expect(municipal.statusCode).toBe(201);
    expect(municipal.json()).toMatchObject({ municipalUnitKey: unit.key, municipalUnitName: unit.name });
  });
});

describe("GET and PATCH /api/organisations/{id}", () => {
  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "PATCH", url: `/api/organisations/${ownProviderId}`, payload: {} });
    expect(response.statusCode).toBe(401);
  });

  it("answers 422 for a malformed id and for a field of another kind", async () => {
    const malformed = await t.app.inject({ method: "GET", url: "/api/organisations/nope", cookies: admin });
    expect(malformed.statusCode).toBe(422);
    const list = await t.app.inject({ method: "GET", url: "/api/organisations?kind=district", cookies: admin });
    const district = ZOrganisationPage.parse(list.json()).items[0];
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/organisations/${district?.id}`,
      cookies: admin,
      payload: { providerType: "club" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/body/providerType");
  });

  it("answers 403 to a provider admin on another provider, and to caseworkers", async () => {
    const read = await t.app.inject({
      method: "GET",
      url: `/api/organisations/${otherProviderId}`,
      cookies: providerAdmin,
    });
    expect(read.statusCode).toBe(403);
    const update = await t.app.inject({
      method: "PATCH",
      url: `/api/organisations/${otherProviderId}`,
      cookies: providerAdmin,
      payload: { name: "Übernommen" },
    });
    expect(update.statusCode).toBe(403);
    const asCaseworker = await t.app.inject({
      method: "GET",
      url: `/api/organisations/${ownProviderId}`,
      cookies: caseworker,
    });
    expect(asCaseworker.statusCode).toBe(403);
  });

  it("lets a provider admin rename their own provider, audited with the field names", async () => {
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/organisations/${ownProviderId}`,
      cookies: providerAdmin,
      payload: { name: "Caritasverband Osnabrück", providerType: "welfare_association" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe("Caritasverband Osnabrück");
    const [event] = await auditOf(ownProviderId, "organisation.update");
    expect(event?.detail).toEqual({ fields: ["name"] });
  });

  it("answers 404 for an organisation that does not exist", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/organisations/00000000-0000-4000-8000-000000000000",
      cookies: admin,
    });
    expect(response.statusCode).toBe(404);
  });
});
