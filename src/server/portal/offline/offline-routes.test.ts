import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { seedPage, signInEditor } from "./offline-test-helpers.js";
import { portalAssets } from "./portal-assets.js";

let t: TTestApp;
const unit = testGeography.bramsche.unitKey;
const pages: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const bramsche = await signInEditor(t, unit);
  const melle = await signInEditor(t, testGeography.melle.unitKey);
  const district = await signInEditor(t, null);
  const seeds = {
    firstSteps: { cookies: bramsche, ownerUnitKey: unit, topic: "first_steps" },
    health: { cookies: district, ownerUnitKey: null, topic: "health" },
    housing: { cookies: bramsche, ownerUnitKey: unit, topic: "housing" },
    draft: { cookies: bramsche, ownerUnitKey: unit, topic: "emergencies", isPublished: false },
    melle: { cookies: melle, ownerUnitKey: testGeography.melle.unitKey, topic: "authorities" },
  } as const;
  for (const [name, { cookies, ...seed }] of Object.entries(seeds)) {
    const page = await seedPage(t, cookies, {
      ...seed,
      texts: {
        de: { title: `Seite ${name}`, bodyHtml: "<p>Text.</p>" },
        ar: { title: `صفحة ${name}`, bodyHtml: "<p>نص.</p>" },
      },
    });
    pages[name] = page.slug;
  }
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("the portal's scripts", () => {
  it("serves portal.js versioned for a year, same origin, allowed by the CSP without inline script", async () => {
    const response = await get(portalAssets.portalScriptPath);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.body).toBe(portalAssets.portalScript);
    expect(Buffer.byteLength(response.body)).toBeLessThan(3 * 1024);
    expect((await get("/portal/assets/portal.js?v=old")).headers["cache-control"]).toBe("no-cache");

    const page = await get(`/portal/de/${unit}/${pages.firstSteps}`);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.body).toContain(`<script src="${portalAssets.portalScriptPath}" defer></script>`);
    expect(page.body.match(/<script/g)).toHaveLength(1);
  });

  it("serves the service worker at the portal's root, revalidated, its caches named by the version", async () => {
    const response = await get("/portal/sw.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.body).toContain(`const version = "${portalAssets.version}";`);
    expect(response.body).not.toContain("__PORTAL_VERSION__");
  });

  it("renders the read-aloud button hidden, labelled in the page's language, around the page's own text", async () => {
    const page = await get(`/portal/ar/${unit}/${pages.firstSteps}`);
    expect(page.body).toContain(
      '<button type="button" id="read-aloud" hidden data-read-label="القراءة بصوت عالٍ" data-stop-label="إيقاف القراءة">',
    );
    expect(page.body).toContain('<div id="page-content"><p>نص.</p></div>');
    const start = await get(`/portal/ar/${unit}/`);
    expect(start.body).toContain(`data-offline-list="/portal/ar/${unit}/offline.json"`);
    expect(start.body).not.toContain('id="read-aloud"');
  });
});

describe("the offline list and page", () => {
  it("lists the municipality's essentials in the language: published only, essential topics only, no other unit", async () => {
    const response = await get(`/portal/ar/${unit}/offline.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/json");
    const { language, unitKey, urls } = response.json() as { language: string; unitKey: string; urls: string[] };
    expect({ language, unitKey }).toEqual({ language: "ar", unitKey: unit });
    expect(urls.slice(0, 4)).toEqual([
      `/portal/ar/${unit}/`,
      "/portal/ar/offline",
      `/portal/ar/${unit}/places`,
      portalAssets.portalScriptPath,
    ]);
    expect(urls).toContain(`/portal/ar/${unit}/${pages.firstSteps}`);
    expect(urls).toContain(`/portal/ar/${unit}/${pages.health}`);
    expect(urls.indexOf(`/portal/ar/${unit}/${pages.firstSteps}`)).toBeLessThan(
      urls.indexOf(`/portal/ar/${unit}/${pages.health}`),
    );
    expect(urls.join(" ")).not.toContain(pages.housing);
    expect(urls.join(" ")).not.toContain(pages.draft);
    expect(urls.join(" ")).not.toContain(pages.melle);
    expect(urls.every((url) => url.startsWith("/portal/ar/") || url.startsWith("/portal/assets/"))).toBe(true);
    expect(urls.length).toBeLessThanOrEqual(30);
    expect((await get(`/portal/ar/99999999/offline.json`)).statusCode).toBe(404);
    expect((await get(`/portal/xx/${unit}/offline.json`)).statusCode).toBe(404);
  });

  it("renders the offline page in the language, with the list portal.js fills", async () => {
    const response = await get("/portal/fa/offline");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="fa" dir="rtl">');
    expect(response.body).toContain("شما آفلاین هستید");
    expect(response.body).toContain('<section id="kept-pages" hidden');
    expect(response.body).toContain('href="/portal/de/offline"');
    expect((await get("/portal/xx/offline")).statusCode).toBe(404);
  });
});
