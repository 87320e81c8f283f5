import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
const unit = testGeography.bramsche.unitKey;
let slug: string;
let draftSlug: string;

function call(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function page(texts: Record<string, { title: string; bodyHtml: string }>, isPublished: boolean) {
  const pageSlug = `seite-${randomUUID().slice(0, 6)}`;
  const created = (
    await call("POST", "/api/portal/pages", bramsche, { ownerUnitKey: unit, topic: "health", slug: pageSlug })
  ).json();
  for (const [language, text] of Object.entries(texts)) {
    const saved = await call("PUT", `/api/portal/pages/${created.id}/texts/${language}`, bramsche, {
      ...text,
      textVersion: null,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  if (isPublished) await call("POST", `/api/portal/pages/${created.id}/publish`, bramsche, { version: 1 });
  return { id: created.id as string, slug: pageSlug };
}

beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey: unit });
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  bramsche = await signInAs(t.database.db, user.id);
  slug = (
    await page(
      {
        de: { title: "Ärztlicher Notdienst <script>", bodyHtml: "<p>Rufen Sie 116 117 an.</p>" },
        uk: { title: "Чергова лікарська служба", bodyHtml: "<p>Телефонуйте 116 117.</p>" },
      },
      true,
    )
  ).slug;
  draftSlug = (await page({ de: { title: "Entwurf", bodyHtml: "<p>Noch nicht fertig.</p>" } }, false)).slug;
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url, headers });

describe("the portal's content pages", () => {
  it("shows a page in its translation, escaped, complete HTML with the language and direction", async () => {
    const response = await get(`/portal/uk/${unit}/${slug}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain('<html lang="uk" dir="ltr">');
    expect(response.body).toContain("Чергова лікарська служба");
    expect(response.body).toContain("<p>Телефонуйте 116 117.</p>");
    expect(response.body).not.toContain("<script>");
    expect(response.headers["set-cookie"]).toContain("kommmit_portal_language=uk");
  });

  it("falls back to German with a notice, the German marked as German inside an Arabic page", async () => {
    const response = await get(`/portal/ar/${unit}/${slug}`);
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain("هذه الصفحة غير متوفرة بلغتك بعد");
    expect(response.body).toContain('<div id="page-content" lang="de" dir="ltr">');
    expect(response.body).toContain('<h1 lang="de" dir="ltr">Ärztlicher Notdienst &lt;script&gt;</h1>');
  });

  it("lists the published pages by topic on the municipality's start page, never drafts", async () => {
    const start = await get(`/portal/de/${unit}/`);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain("Gesundheit");
    expect(start.body).toContain(`/portal/de/${unit}/${slug}`);
    expect(start.body).not.toContain(draftSlug);
    expect((await get(`/portal/de/${unit}/${draftSlug}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${testGeography.melle.unitKey}/${slug}`)).statusCode).toBe(404);
    const unknown = await get("/portal/fa/99999999/");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<html lang="fa" dir="rtl">');
  });

  it("opens in the remembered language, else the browser's preference, else German", async () => {
    expect((await get("/portal/")).headers.location).toBe("/portal/de/");
    expect((await get("/portal/", { "accept-language": "fr;q=1, uk;q=0.8, de;q=0.5" })).headers.location).toBe(
      "/portal/uk/",
    );
    expect((await get("/portal", { "accept-language": "de-x-easy" })).headers.location).toBe("/portal/de-x-easy/");
    expect(
      (await get("/portal/", { "accept-language": "uk", cookie: "kommmit_portal_language=ar" })).headers.location,
    ).toBe("/portal/ar/");
    const choice = await get("/portal/ro/");
    expect(choice.body).toContain(`/portal/ro/${unit}/`);
    expect(choice.body).toContain('hreflang="fa"');
  });
});
