import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reservedPageSlugs } from "../../../common/portal/portal-content.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let district: Record<string, string>;
let caseworker: Record<string, string>;

async function editorOf(kind: "district" | "municipal_unit", municipalUnitKey?: string, role = "content_editor") {
  const organisation = await buildOrganisation(t.database.db, { kind, municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: role as "content_editor", organisation });
  return signInAs(t.database.db, user.id);
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await editorOf("municipal_unit", testGeography.bramsche.unitKey);
  melle = await editorOf("municipal_unit", testGeography.melle.unitKey);
  district = await editorOf("district");
  caseworker = await editorOf("municipal_unit", testGeography.bramsche.unitKey, "caseworker");
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function createPage(
  cookies: Record<string, string>,
  ownerUnitKey: string | null,
  slug = `seite-${randomUUID().slice(0, 6)}`,
) {
  const created = await call("POST", "/api/portal/pages", cookies, { ownerUnitKey, topic: "first_steps", slug });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; version: number };
}

const germanText = {
  title: "Erste Schritte",
  summary: "Was Sie zuerst tun",
  bodyHtml: "<p>Melden Sie sich an.</p>",
  textVersion: null,
};

describe("editing portal pages", () => {
  it("keeps each administration's pages to its own editors", async () => {
    const page = await createPage(bramsche, testGeography.bramsche.unitKey);
    expect((await call("GET", `/api/portal/pages/${page.id}`, melle)).statusCode).toBe(404);
    expect((await call("GET", `/api/portal/pages/${page.id}`, caseworker)).statusCode).toBe(404);
    const foreign = await call("POST", "/api/portal/pages", bramsche, {
      ownerUnitKey: testGeography.melle.unitKey,
      topic: "health",
      slug: "gesundheit",
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0]).toMatchObject({ pointer: "/body/ownerUnitKey", code: "page_owner_out_of_reach" });
    const districtWide = await createPage(district, null);
    expect((await call("GET", `/api/portal/pages/${districtWide.id}`, bramsche)).statusCode).toBe(404);
    expect(
      (await call("GET", "/api/portal/pages?owner=district", district))
        .json()
        .items.map((item: { id: string }) => item.id),
    ).toContain(districtWide.id);
    expect((await call("GET", `/api/portal/pages?owner=${testGeography.melle.unitKey}`, bramsche)).statusCode).toBe(
      404,
    );
  });

  it("checks addresses and texts, and sanitises the HTML", async () => {
    const bad = await call("POST", "/api/portal/pages", bramsche, {
      ownerUnitKey: testGeography.bramsche.unitKey,
      topic: "housing",
      slug: "Wohnen Hier",
    });
    expect(bad.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_format" });
    const first = await createPage(bramsche, testGeography.bramsche.unitKey, "wohnen");
    const taken = await call("POST", "/api/portal/pages", bramsche, {
      ownerUnitKey: testGeography.bramsche.unitKey,
      topic: "housing",
      slug: "wohnen",
    });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_taken" });
    for (const reserved of reservedPageSlugs) {
      const refused = await call("POST", "/api/portal/pages", bramsche, {
        ownerUnitKey: testGeography.bramsche.unitKey,
        topic: "housing",
        slug: reserved,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_reserved" });
    }
    const renamed = await call("PUT", `/api/portal/pages/${first.id}`, bramsche, {
      topic: "housing",
      slug: "places",
      version: 1,
    });
    expect(renamed.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_reserved" });
    const saved = await call("PUT", `/api/portal/pages/${first.id}/texts/de`, bramsche, {
      ...germanText,
      bodyHtml: '<p onclick="x()">Hallo</p><script>alert(1)</script><a href="javascript:x()">Link</a>',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().texts[0].bodyHtml).toBe("<p>Hallo</p><a>Link</a>");
    const empty = await call("PUT", `/api/portal/pages/${first.id}/texts/en`, bramsche, {
      title: "",
      bodyHtml: "<script>x</script>",
      textVersion: null,
    });
    expect(empty.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual(["/body/title"]);
  });

  it("versions texts, marks translations outdated when German changes, and keeps the history", async () => {
    const page = await createPage(bramsche, testGeography.bramsche.unitKey);
    const beforeGerman = await call("PUT", `/api/portal/pages/${page.id}/texts/uk`, bramsche, {
      ...germanText,
      title: "Перші кроки",
    });
    expect(beforeGerman.json().errors[0]).toMatchObject({ code: "page_translation_without_german" });
    await call("PUT", `/api/portal/pages/${page.id}/texts/de`, bramsche, germanText);
    const ukrainian = await call("PUT", `/api/portal/pages/${page.id}/texts/uk`, bramsche, {
      ...germanText,
      title: "Перші кроки",
    });
    const statusOf = (body: { translations: { language: string; status: string }[] }, language: string) =>
      body.translations.find((entry) => entry.language === language)?.status;
    expect(statusOf(ukrainian.json(), "uk")).toBe("up_to_date");
    expect(statusOf(ukrainian.json(), "ar")).toBe("missing");
    const stale = await call("PUT", `/api/portal/pages/${page.id}/texts/de`, bramsche, germanText);
    expect(stale.statusCode).toBe(409);
    const changed = await call("PUT", `/api/portal/pages/${page.id}/texts/de`, bramsche, {
      ...germanText,
      bodyHtml: "<p>Neu: Melden Sie sich innerhalb von zwei Wochen an.</p>",
      textVersion: 1,
    });
    expect(statusOf(changed.json(), "uk")).toBe("outdated");
    const history = (await call("GET", `/api/portal/pages/${page.id}/history`, bramsche)).json();
    expect(
      history.items.map((item: { language: string; textVersion: number }) => `${item.language}${item.textVersion}`),
    ).toEqual(expect.arrayContaining(["de1", "de2", "uk1"]));
  });

  it("publishes only with a German text, at the version read, and audits each change", async () => {
    const page = await createPage(bramsche, testGeography.bramsche.unitKey);
    const early = await call("POST", `/api/portal/pages/${page.id}/publish`, bramsche, { version: 1 });
    expect(early.json().errors[0]).toMatchObject({ code: "page_publish_without_german" });
    await call("PUT", `/api/portal/pages/${page.id}/texts/de`, bramsche, germanText);
    const published = await call("POST", `/api/portal/pages/${page.id}/publish`, bramsche, { version: 1 });
    expect(published.json()).toMatchObject({ status: "published", version: 2 });
    expect((await call("POST", `/api/portal/pages/${page.id}/unpublish`, bramsche, { version: 1 })).statusCode).toBe(
      409,
    );
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "portal_page"), eq(auditEvents.subjectId, page.id)));
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(["portal_page.create", "portal_page.text", "portal_page.publish"]),
    );
  });
});
