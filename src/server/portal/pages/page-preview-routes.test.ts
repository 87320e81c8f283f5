import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { contentTexts } from "../public/content-texts.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let district: Record<string, string>;

async function editorOf(kind: "district" | "municipal_unit", municipalUnitKey?: string) {
  const organisation = await buildOrganisation(t.database.db, { kind, municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  return signInAs(t.database.db, user.id);
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await editorOf("municipal_unit", testGeography.bramsche.unitKey);
  melle = await editorOf("municipal_unit", testGeography.melle.unitKey);
  district = await editorOf("district");
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function draftWithGerman(cookies: Record<string, string>, ownerUnitKey: string | null) {
  const slug = `vorschau-${randomUUID().slice(0, 6)}`;
  const created = await call("POST", "/api/portal/pages", cookies, { ownerUnitKey, topic: "housing", slug });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  const saved = await call("PUT", `/api/portal/pages/${id}/texts/de`, cookies, {
    title: "Wohnung finden",
    summary: "So suchen Sie eine Wohnung",
    bodyHtml: "<p>Fragen Sie im <strong>Rathaus</strong>.</p>",
    textVersion: null,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return id;
}

describe("previewing a portal page", () => {
  it("renders a draft in the portal's frame, uncached and for a sandboxed frame only", async () => {
    const id = await draftWithGerman(bramsche, testGeography.bramsche.unitKey);
    const preview = await call("GET", `/api/portal/pages/${id}/preview?language=de`, bramsche);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(preview.headers["cache-control"]).toBe("no-store");
    expect(preview.headers["content-security-policy"]).toContain("sandbox");
    expect(preview.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(preview.body).toContain('<html lang="de"');
    expect(preview.body).toContain("Wohnung finden");
    expect(preview.body).toContain("<p>Fragen Sie im <strong>Rathaus</strong>.</p>");
    expect(preview.body).not.toContain(contentTexts.de.fallbackNotice);
  });

  it("shows German with the fallback notice where the translation is missing, the translation where there is one", async () => {
    const id = await draftWithGerman(bramsche, testGeography.bramsche.unitKey);
    const arabic = await call("GET", `/api/portal/pages/${id}/preview?language=ar`, bramsche);
    expect(arabic.body).toContain(contentTexts.ar.fallbackNotice);
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain("Wohnung finden");
    await call("PUT", `/api/portal/pages/${id}/texts/en`, bramsche, {
      title: "Finding a flat",
      bodyHtml: "<p>Ask at the town hall.</p>",
      textVersion: null,
    });
    const english = await call("GET", `/api/portal/pages/${id}/preview?language=en`, bramsche);
    expect(english.body).toContain("Finding a flat");
    expect(english.body).not.toContain(contentTexts.en.fallbackNotice);
  });

  it("is only for the page's own administration; district-wide pages are framed in a municipality", async () => {
    const id = await draftWithGerman(bramsche, testGeography.bramsche.unitKey);
    expect((await call("GET", `/api/portal/pages/${id}/preview?language=de`, melle)).statusCode).toBe(404);
    expect((await call("GET", `/api/portal/pages/${id}/preview?language=de`, district)).statusCode).toBe(404);
    expect((await call("GET", `/api/portal/pages/${id}/preview?language=xx`, bramsche)).statusCode).toBe(422);
    const districtWide = await draftWithGerman(district, null);
    const framed = await call("GET", `/api/portal/pages/${districtWide}/preview?language=uk`, district);
    expect(framed.statusCode, framed.body).toBe(200);
    expect(framed.body).toContain(contentTexts.uk.fallbackNotice);
  });

  it("says so when the page has no German text yet", async () => {
    const created = await call("POST", "/api/portal/pages", bramsche, {
      ownerUnitKey: testGeography.bramsche.unitKey,
      topic: "work",
      slug: `leer-${randomUUID().slice(0, 6)}`,
    });
    const { id } = created.json() as { id: string };
    const preview = await call("GET", `/api/portal/pages/${id}/preview?language=de`, bramsche);
    expect(preview.statusCode).toBe(409);
  });
});

describe("the editor's owners", () => {
  it("lists a unit editor's unit with its name and a district editor's district-wide pages", async () => {
    const unit = (await call("GET", "/api/portal/pages/owners", bramsche)).json();
    expect(unit.items).toEqual([{ owner: testGeography.bramsche.unitKey, unitName: expect.any(String) }]);
    const districtOwners = (await call("GET", "/api/portal/pages/owners", district)).json();
    expect(districtOwners.items).toEqual([{ owner: "district", unitName: null }]);
  });
});
