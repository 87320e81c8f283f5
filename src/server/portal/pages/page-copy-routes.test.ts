import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildContentEditors } from "../places/place-test-helpers.js";

let t: TTestApp;
let editors: Awaited<ReturnType<typeof buildContentEditors>>;
const bramscheKey: string = testGeography.bramsche.unitKey;
const melleKey: string = testGeography.melle.unitKey;

beforeAll(async () => {
  t = await createTestApp();
  editors = await buildContentEditors(t.database.db);
});
afterAll(() => t.close());

type TCookies = Record<string, string>;

function call(method: "GET" | "POST" | "PUT", url: string, cookies: TCookies, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function saveText(cookies: TCookies, pageId: string, language: string, title: string) {
  const page = (await call("GET", `/api/portal/pages/${pageId}`, cookies)).json();
  const current = page.texts.find((text: { language: string }) => text.language === language);
  const saved = await call("PUT", `/api/portal/pages/${pageId}/texts/${language}`, cookies, {
    title,
    bodyHtml: `<p>${title}</p>`,
    textVersion: current?.textVersion ?? null,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json();
}

/** A page with German, an up-to-date English and an outdated Ukrainian text; published when asked. */
async function buildSource(cookies: TCookies, owner: string | null, title: string, isPublished = true) {
  const slug = `quelle-${randomUUID().slice(0, 8)}`;
  const created = await call("POST", "/api/portal/pages", cookies, { ownerUnitKey: owner, topic: "housing", slug });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await saveText(cookies, id, "de", title);
  await saveText(cookies, id, "uk", `${title} (uk)`);
  await saveText(cookies, id, "de", title);
  const page = await saveText(cookies, id, "en", `${title} (en)`);
  if (isPublished) {
    expect((await call("POST", `/api/portal/pages/${id}/publish`, cookies, { version: page.version })).statusCode).toBe(
      200,
    );
  }
  return { id, slug };
}

const statusOf = (page: { translations: { language: string; status: string }[] }, language: string) =>
  page.translations.find((entry) => entry.language === language)?.status;

describe("sharing and copying pages between administrations", () => {
  it("offers the published pages of the district and the other municipalities", async () => {
    const districtPage = await buildSource(editors.district, null, "Wohnberechtigungsschein im Landkreis");
    const mellePage = await buildSource(editors.melle, melleKey, "Wohnberechtigungsschein in Melle");
    const draft = await buildSource(editors.melle, melleKey, "Wohnberechtigungsschein Entwurf", false);
    const own = await buildSource(editors.bramsche, bramscheKey, "Wohnberechtigungsschein in Bramsche");
    const shared = await call(
      "GET",
      `/api/portal/pages/shared?owner=${bramscheKey}&q=wohnberechtigung`,
      editors.bramsche,
    );
    expect(shared.statusCode, shared.body).toBe(200);
    const ids = shared.json().items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([districtPage.id, mellePage.id]));
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(own.id);
    const melleItem = shared.json().items.find((item: { id: string }) => item.id === mellePage.id);
    expect(melleItem).toMatchObject({
      ownerUnitKey: melleKey,
      ownerName: expect.stringContaining("Melle"),
      topic: "housing",
      slug: mellePage.slug,
      title: "Wohnberechtigungsschein in Melle",
      languages: ["de", "en", "uk"],
    });
    const districtItem = shared.json().items.find((item: { id: string }) => item.id === districtPage.id);
    expect(districtItem.ownerName).not.toBe("");
    const byTranslation = await call("GET", `/api/portal/pages/shared?owner=${bramscheKey}&q=(en)`, editors.bramsche);
    expect(byTranslation.json().items.length).toBeGreaterThanOrEqual(2);
    const forDistrict = await call("GET", "/api/portal/pages/shared?owner=district", editors.district);
    expect(forDistrict.json().items.map((item: { id: string }) => item.id)).not.toContain(districtPage.id);
    expect((await call("GET", `/api/portal/pages/shared?owner=${melleKey}`, editors.bramsche)).statusCode).toBe(404);
    expect((await call("GET", `/api/portal/pages/shared?owner=${bramscheKey}`, editors.caseworker)).statusCode).toBe(
      404,
    );
  });

  it("copies a page as a draft with its texts and their statuses, and audits it", async () => {
    const source = await buildSource(editors.melle, melleKey, "Mietzuschuss");
    const copied = await call("POST", `/api/portal/pages/${source.id}/copy`, editors.bramsche, {
      ownerUnitKey: bramscheKey,
    });
    expect(copied.statusCode, copied.body).toBe(201);
    const copy = copied.json();
    expect(copy).toMatchObject({
      ownerUnitKey: bramscheKey,
      parentId: null,
      topic: "housing",
      slug: source.slug,
      status: "draft",
      copiedFromPageId: source.id,
      copiedFrom: {
        id: source.id,
        title: "Mietzuschuss",
        ownerName: expect.stringContaining("Melle"),
        changedSinceCopy: false,
      },
    });
    expect(copy.id).not.toBe(source.id);
    expect(copy.texts.map((text: { language: string }) => text.language).sort()).toEqual(["de", "en", "uk"]);
    expect(statusOf(copy, "en")).toBe("up_to_date");
    expect(statusOf(copy, "uk")).toBe("outdated");
    expect(statusOf(copy, "ar")).toBe("missing");
    const history = (await call("GET", `/api/portal/pages/${copy.id}/history`, editors.bramsche)).json();
    expect(history.items).toHaveLength(3);
    const [audit] = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "portal_page.copy"), eq(auditEvents.subjectId, copy.id)));
    expect(audit?.detail).toMatchObject({ sourcePageId: source.id, languages: ["de", "en", "uk"] });
    expect((await call("GET", `/api/portal/pages/${copy.id}`, editors.melle)).statusCode).toBe(404);
  });

  it("tells when the source's German text changed since the copy", async () => {
    const source = await buildSource(editors.district, null, "Notrufnummern");
    const copy = (
      await call("POST", `/api/portal/pages/${source.id}/copy`, editors.melle, {
        ownerUnitKey: melleKey,
        slug: "notruf",
      })
    ).json();
    expect(copy).toMatchObject({ slug: "notruf", copiedFrom: { changedSinceCopy: false } });
    await saveText(editors.district, source.id, "en", "Emergency numbers");
    expect((await call("GET", `/api/portal/pages/${copy.id}`, editors.melle)).json().copiedFrom.changedSinceCopy).toBe(
      false,
    );
    await saveText(editors.district, source.id, "de", "Notrufnummern (neu)");
    const after = (await call("GET", `/api/portal/pages/${copy.id}`, editors.melle)).json();
    expect(after.copiedFrom).toMatchObject({ title: "Notrufnummern (neu)", changedSinceCopy: true });
  });

  it("copies only published pages of others, into the editor's own pages, at a free address", async () => {
    const draft = await buildSource(editors.melle, melleKey, "Entwurf", false);
    const copyOf = (id: string, cookies: TCookies, body: object) =>
      call("POST", `/api/portal/pages/${id}/copy`, cookies, body);
    expect((await copyOf(draft.id, editors.bramsche, { ownerUnitKey: bramscheKey })).statusCode).toBe(404);
    const ownDraft = await buildSource(editors.bramsche, bramscheKey, "Eigener Entwurf", false);
    const ownCopy = await copyOf(ownDraft.id, editors.bramsche, { ownerUnitKey: bramscheKey, slug: "zweite-fassung" });
    expect(ownCopy.statusCode, ownCopy.body).toBe(201);
    const taken = await copyOf(ownDraft.id, editors.bramsche, { ownerUnitKey: bramscheKey });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_taken" });
    const published = await buildSource(editors.district, null, "Kita-Anmeldung");
    const foreign = await copyOf(published.id, editors.bramsche, { ownerUnitKey: melleKey });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0]).toMatchObject({ pointer: "/body/ownerUnitKey", code: "page_owner_out_of_reach" });
    expect((await copyOf(published.id, editors.bramsche, { ownerUnitKey: null })).statusCode).toBe(422);
    const badSlug = await copyOf(published.id, editors.bramsche, { ownerUnitKey: bramscheKey, slug: "Kita Anmeldung" });
    expect(badSlug.json().errors[0]).toMatchObject({ pointer: "/body/slug", code: "page_slug_format" });
    expect((await copyOf(published.id, editors.caseworker, { ownerUnitKey: bramscheKey })).statusCode).toBe(404);
    expect((await copyOf(randomUUID(), editors.bramsche, { ownerUnitKey: bramscheKey })).statusCode).toBe(404);
    const districtCopy = await copyOf(published.id, editors.district, { ownerUnitKey: null, slug: "kita-anmeldung-2" });
    expect(districtCopy.statusCode, districtCopy.body).toBe(201);
  });
});
