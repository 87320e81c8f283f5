import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

const unit = testGeography.bramsche.unitKey;
let t: TTestApp;
let editor: Record<string, string>;

type TPage = { id: string; version: number; texts: { language: string; textVersion: number }[] };

async function write(method: "POST" | "PUT", url: string, payload: object): Promise<TPage> {
  const response = await t.app.inject({ method, url, cookies: editor, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as TPage;
}

async function publishedPage(title: string) {
  const slug = `seite-${randomUUID().slice(0, 6)}`;
  const created = await write("POST", "/api/portal/pages", { ownerUnitKey: unit, topic: "health", slug });
  const saved = await write("PUT", `/api/portal/pages/${created.id}/texts/de`, {
    title,
    bodyHtml: "<p>Text</p>",
    textVersion: null,
  });
  const published = await write("POST", `/api/portal/pages/${created.id}/publish`, { version: saved.version });
  return { slug, page: published };
}

/** Every table with a trigger announcing portal changes (migrations/0036). */
const shownTables = [
  "portal_pages",
  "portal_page_texts",
  "portal_places",
  "portal_place_texts",
  "portal_place_contacts",
  "portal_contacts",
  "portal_events",
  "portal_event_texts",
  "portal_media",
  "municipal_units",
  "offers",
  "offer_translations",
];

const get = (url: string) => t.app.inject({ method: "GET", url });

/**
 * The page rendered, then kept: the database is not asked, and an HTML page still remembers the
 * language. On PostgreSQL the dedicated listening connection hears this process's own commits a
 * little after the committing one did, which drops the cache once more: wait for that first.
 */
async function expectKept(url: string, isHtml = true) {
  const first = await get(url);
  expect(first.statusCode).toBe(200);
  await vi.waitFor(async () => expect((await get(url)).headers["x-kommmit-cache"]).toBe("hit"));
  const query = vi.spyOn(t.database.pool, "query");
  try {
    const again = await get(url);
    expect(again.headers["x-kommmit-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(again.headers["cache-control"]).toBe("public, max-age=60");
    if (isHtml) expect(again.headers["set-cookie"]).toContain("kommmit_portal_language=");
    expect(query).not.toHaveBeenCalled();
    return again.body;
  } finally {
    query.mockRestore();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey: unit });
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  editor = await signInAs(t.database.db, user.id);
  // On PostgreSQL a dedicated connection hears the announcements; until it does, nothing is kept.
  await vi.waitFor(() => expect(t.database.invalidations.isListening()).toBe(true), { timeout: 10_000 });
});
afterAll(() => t.close());

describe("the portal's rendered pages, kept in the process", () => {
  it("serves a page, the start page, the unit choice, events, places and the offline list without the database", async () => {
    const { slug } = await publishedPage("Kinderarzt");
    expect(await expectKept(`/portal/de/${unit}/${slug}`)).toContain("Kinderarzt");
    expect(await expectKept(`/portal/de/${unit}/`)).toContain("Kinderarzt");
    await expectKept("/portal/uk/");
    await expectKept(`/portal/ar/${unit}/events`);
    await expectKept(`/portal/de/${unit}/places`);
    await expectKept(`/portal/de/${unit}/offline.json`, false);
    expect((await get(`/portal/de/${unit}/offline.json`)).json()).toMatchObject({ language: "de", unitKey: unit });
  });

  it("shows an edited text, an unpublished and a republished page at once", async () => {
    const { slug, page } = await publishedPage("Impfungen");
    const url = `/portal/de/${unit}/${slug}`;
    await expectKept(url);
    await expectKept(`/portal/de/${unit}/`);

    const textVersion = page.texts.find((text) => text.language === "de")?.textVersion ?? 0;
    await write("PUT", `/api/portal/pages/${page.id}/texts/de`, {
      title: "Impfungen für Kinder",
      bodyHtml: "<p>Neu</p>",
      textVersion,
    });
    const edited = await get(url);
    expect(edited.headers["x-kommmit-cache"]).toBe("miss");
    expect(edited.body).toContain("Impfungen für Kinder");
    expect((await get(`/portal/de/${unit}/`)).body).toContain("Impfungen für Kinder");

    const current = (
      await t.app.inject({ method: "GET", url: `/api/portal/pages/${page.id}`, cookies: editor })
    ).json();
    const unpublished = await write("POST", `/api/portal/pages/${page.id}/unpublish`, { version: current.version });
    expect((await get(url)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/`)).body).not.toContain("Impfungen für Kinder");

    await write("POST", `/api/portal/pages/${page.id}/publish`, { version: unpublished.version });
    const republished = await get(url);
    expect(republished.statusCode).toBe(200);
    expect(republished.headers["x-kommmit-cache"]).toBe("miss");
  });

  it("hears a change the application did not make (another process, a migration) through the database", async () => {
    const url = `/portal/de/${unit}/`;
    await expectKept(url);
    await t.database.db
      .update(municipalUnits)
      .set({ name: "Stadt Bramsche (Hase)" })
      .where(eq(municipalUnits.key, unit));
    expect((await get(url)).body).toContain("Stadt Bramsche (Hase)");
    expect((await get("/portal/de/")).body).toContain("Stadt Bramsche (Hase)");
  });

  it("drops the kept pages on a change to any table the portal shows", async () => {
    const url = `/portal/de/${unit}/`;
    for (const table of shownTables) {
      await expectKept(url);
      // A statement that changes no row still announces: the trigger fires once per statement.
      await t.database.db.execute(sql`delete from ${sql.identifier(table)} where false`);
      expect((await get(url)).headers["x-kommmit-cache"], table).toBe("miss");
    }
  });

  it("does not keep a page that is not there, so it shows once published", async () => {
    const slug = `seite-${randomUUID().slice(0, 6)}`;
    const missing = await get(`/portal/de/${unit}/${slug}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
    const query = vi.spyOn(t.database.pool, "query");
    try {
      expect((await get(`/portal/de/${unit}/${slug}`)).headers["x-kommmit-cache"]).toBe("miss");
      expect(query).toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
    expect((await get("/portal/de/99999999/")).headers["x-kommmit-cache"]).toBe("miss");
  });

  it("keeps the thanks after feedback apart: other readers get the question", async () => {
    const { slug } = await publishedPage("Sprachkurse");
    const url = `/portal/de/${unit}/${slug}`;
    const thanked = await get(`${url}?feedback=thanks`);
    expect(thanked.body).toContain("Danke für Ihre Rückmeldung!");
    const plain = await get(url);
    expect(plain.headers["x-kommmit-cache"]).toBe("miss");
    expect(plain.body).not.toContain("Danke für Ihre Rückmeldung!");
    expect(plain.body).toContain(`action="/portal/de/${unit}/${slug}/feedback"`);
    expect(await expectKept(`${url}?feedback=other`)).toBe(plain.body);
    expect((await get(`${url}?feedback=thanks`)).body).toContain("Danke für Ihre Rückmeldung!");
  });
});

describe("with KOMMMIT_PORTAL_CACHE_SECONDS=0", () => {
  it("renders every request", async () => {
    const uncached = await createTestApp({ env: { KOMMMIT_PORTAL_CACHE_SECONDS: "0" }, sharedDatabase: t.database });
    try {
      for (let i = 0; i < 2; i += 1) {
        const response = await uncached.app.inject({ method: "GET", url: `/portal/de/${unit}/` });
        expect(response.statusCode).toBe(200);
        expect(response.headers["x-kommmit-cache"]).toBe("miss");
      }
    } finally {
      await uncached.close();
    }
  });
});
