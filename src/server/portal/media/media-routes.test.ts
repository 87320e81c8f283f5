import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildContentEditors } from "../places/place-test-helpers.js";
import { pdfBytes, pngBytes } from "./media-test-files.js";

let t: TTestApp;
let editors: Awaited<ReturnType<typeof buildContentEditors>>;
const bramscheKey: string = testGeography.bramsche.unitKey;
const maxBytes = 4096;

beforeAll(async () => {
  t = await createTestApp({ env: { KOMMMIT_PORTAL_MEDIA_MAX_BYTES: String(maxBytes) } });
  editors = await buildContentEditors(t.database.db);
});
afterAll(() => t.close());

function upload(
  cookies: Record<string, string>,
  bytes: Buffer,
  { owner = bramscheKey, fileName = "bild.png", type = "image/png", language = "de" } = {},
) {
  return t.app.inject({
    method: "POST",
    url: `/api/portal/media?owner=${owner}&fileName=${encodeURIComponent(fileName)}`,
    cookies,
    headers: { "content-type": type, "accept-language": language },
    payload: bytes,
  });
}

describe("portal media in the staff app", () => {
  it("stores images and PDFs by what their bytes are, under a safe name", async () => {
    const png = await upload(editors.bramsche, pngBytes, { fileName: "Stadtplan Brämsche.png" });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({
      ownerUnitKey: bramscheKey,
      fileName: "stadtplan-braemsche.png",
      mediaType: "image/png",
      sizeBytes: pngBytes.length,
    });
    expect(png.json().url).toBe(`/portal/media/${png.json().id}/stadtplan-braemsche.png`);
    const renamed = await upload(editors.bramsche, pngBytes, { fileName: "../Formular.pdf", type: "application/pdf" });
    expect(renamed.json()).toMatchObject({ fileName: "formular.png", mediaType: "image/png" });
    const pdf = await upload(editors.district, pdfBytes, {
      owner: "district",
      fileName: "Merkblatt.pdf",
      type: "application/octet-stream",
    });
    expect(pdf.json()).toMatchObject({ ownerUnitKey: null, fileName: "merkblatt.pdf", mediaType: "application/pdf" });
  });

  it("refuses SVG, HTML, empty and too large files with messages in the reader's language", async () => {
    const svg = await upload(editors.bramsche, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), {
      fileName: "logo.png",
    });
    expect(svg.statusCode).toBe(422);
    expect(svg.json().errors[0]).toMatchObject({ pointer: "/body", code: "portal_media_type_refused" });
    const page = await upload(editors.bramsche, Buffer.from("<html><script>alert(1)</script></html>"), {
      fileName: "seite.pdf",
      type: "application/pdf",
      language: "en",
    });
    expect(page.json().errors[0].detail).toMatch(/^This file is not accepted/);
    expect((await upload(editors.bramsche, Buffer.alloc(0))).json().errors[0].code).toBe("portal_media_empty");
    const large = Buffer.concat([pngBytes, Buffer.alloc(maxBytes)]);
    const tooLarge = await upload(editors.bramsche, large);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ title: "Die Datei ist zu groß." });
    expect(tooLarge.json().detail).toBe("Eine Datei darf höchstens 4 KB groß sein. Bitte verkleinern Sie sie.");
    const english = await upload(editors.bramsche, large, { language: "en" });
    expect(english.json()).toMatchObject({
      title: "The file is too large.",
      detail: "A file may be at most 4 KB. Please make it smaller.",
    });
    const json = await t.app.inject({
      method: "POST",
      url: `/api/portal/media?owner=${bramscheKey}&fileName=x.png`,
      cookies: editors.bramsche,
      payload: { file: "x" },
    });
    expect(json.statusCode).toBe(422);
    const text = await t.app.inject({
      method: "POST",
      url: `/api/portal/media?owner=${bramscheKey}&fileName=x.svg`,
      cookies: editors.bramsche,
      headers: { "content-type": "image/svg+xml" },
      payload: "<svg/>",
    });
    expect(text.statusCode).toBe(415);
  });

  it("keeps each administration's files to its own editors", async () => {
    const foreign = await upload(editors.melle, pngBytes);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0]).toMatchObject({
      pointer: "/query/owner",
      code: "portal_media_owner_out_of_reach",
    });
    expect((await upload(editors.caseworker, pngBytes)).statusCode).toBe(403);
    expect((await upload(editors.bramsche, pngBytes, { owner: "district" })).statusCode).toBe(422);
    const own = (await upload(editors.bramsche, pngBytes, { fileName: "eigen.png" })).json();
    const list = (owner: string, cookies: Record<string, string>, query = "") =>
      t.app.inject({ method: "GET", url: `/api/portal/media?owner=${owner}${query}`, cookies });
    expect((await list(bramscheKey, editors.melle)).statusCode).toBe(404);
    const listed = (await list(bramscheKey, editors.bramsche)).json();
    expect(listed.items[0]).toMatchObject({ id: own.id, fileName: "eigen.png" });
    expect(listed.total).toBeGreaterThanOrEqual(3);
    const paged = (await list(bramscheKey, editors.bramsche, "&pageSize=1&page=2")).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.items[0].id).not.toBe(own.id);
    expect(
      (await list("district", editors.district))
        .json()
        .items.every((item: { ownerUnitKey: null }) => item.ownerUnitKey === null),
    ).toBe(true);
    const remove = (cookies: Record<string, string>) =>
      t.app.inject({ method: "DELETE", url: `/api/portal/media/${own.id}`, cookies });
    expect((await remove(editors.melle)).statusCode).toBe(404);
    expect((await remove(editors.bramsche)).statusCode).toBe(204);
    expect((await remove(editors.bramsche)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: own.url })).statusCode).toBe(404);
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "portal_media"), eq(auditEvents.subjectId, own.id)));
    expect(audited.map((event) => event.action).sort()).toEqual(["portal_media.delete", "portal_media.upload"]);
  });
});

describe("portal media on the portal", () => {
  it("serves a file only under its name, as its type, cacheable and inert", async () => {
    const image = (await upload(editors.bramsche, pngBytes, { fileName: "foto.png" })).json();
    const served = await t.app.inject({ method: "GET", url: image.url });
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(pngBytes)).toBe(true);
    expect(served.headers).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=31536000, immutable",
      "content-disposition": 'inline; filename="foto.png"',
    });
    expect(served.headers["content-security-policy"]).toMatch(/^default-src 'none'/);
    const etag = String(served.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await t.app.inject({ method: "GET", url: image.url, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect((await t.app.inject({ method: "GET", url: `/portal/media/${image.id}/other.png` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/portal/media/not-an-id/foto.png" })).statusCode).toBe(404);
    const pdf = (await upload(editors.bramsche, pdfBytes, { fileName: "info.pdf", type: "application/pdf" })).json();
    const download = await t.app.inject({ method: "GET", url: pdf.url });
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe('attachment; filename="info.pdf"');
  });
});
