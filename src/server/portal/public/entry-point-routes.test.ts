import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildContentEditors } from "../places/place-test-helpers.js";
import { entryTexts } from "./entry-texts.js";

let t: TTestApp;
const unit = testGeography.bramsche.unitKey;
const token = "A".repeat(20) + "b_-".repeat(7) + "z".repeat(2);
const dayMs = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  const editors = await buildContentEditors(t.database.db);
  const tomorrow = new Date(Date.now() + dayMs);
  tomorrow.setUTCHours(15, 0, 0, 0);
  const event = async (title: string, days: number, isPublished: boolean) => {
    const startsAt = new Date(tomorrow.getTime() + days * dayMs);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/portal/events",
      cookies: editors.bramsche,
      payload: {
        municipalUnitKey: unit,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        texts: [{ language: "de", title }],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json() as { id: string };
    if (isPublished) {
      await t.app.inject({
        method: "POST",
        url: `/api/portal/events/${id}/publish`,
        cookies: editors.bramsche,
        payload: { version: 1 },
      });
    }
  };
  for (const [index, title] of ["Erstes Treffen", "Zweites Treffen", "Drittes Treffen", "Viertes Treffen"].entries()) {
    await event(title, index, true);
  }
  await event("Geheimer Entwurf", 0, false);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });
const postCode = (language: string, code: string) =>
  t.app.inject({
    method: "POST",
    url: `/portal/${language}/selbstcheck`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ code }).toString(),
  });

describe("the start page's entry points", () => {
  it("links registration, the self-check, events and places, and names the next three events", async () => {
    const response = await get(`/portal/uk/${unit}/`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(entryTexts.uk.quickLinks);
    expect(response.body).toContain(`href="/portal/uk/registrierung?unit=${unit}"`);
    expect(response.body).toContain('href="/portal/uk/selbstcheck"');
    expect(response.body).toContain(`href="/portal/uk/${unit}/events"`);
    expect(response.body).toContain(`href="/portal/uk/${unit}/places"`);
    expect(response.body).toContain(entryTexts.uk.nextEvents);
    for (const title of ["Erstes Treffen", "Zweites Treffen", "Drittes Treffen"]) {
      expect(response.body).toContain(`lang="de">${title}</a>`);
    }
    expect(response.body).not.toContain("Viertes Treffen");
    expect(response.body).not.toContain("Geheimer Entwurf");
  });

  it("links the registration form in the reader's own language, Leichte Sprache and Farsi too", async () => {
    expect((await get(`/portal/tr/${unit}/`)).body).toContain(`href="/portal/tr/registrierung?unit=${unit}"`);
    expect((await get(`/portal/de-x-easy/${unit}/`)).body).toContain(
      `href="/portal/de-x-easy/registrierung?unit=${unit}"`,
    );
  });
});

describe("the self-check entry page", () => {
  it("explains the self-check in the language, with the form and registration first", async () => {
    const response = await get("/portal/fa/selbstcheck");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="fa" dir="rtl">');
    expect(response.body).toContain(entryTexts.fa.selfCheckIntro);
    expect(response.body).toContain('<form method="post" action="/portal/fa/selbstcheck">');
    expect(response.body).toContain('<label for="code">');
    expect(response.body).toContain('href="/portal/fa/registrierung"');
    expect((await get("/portal/xx/selbstcheck")).statusCode).toBe(404);
  });

  it("sends a pasted link or code on to the self-check in a language it speaks", async () => {
    const link = await postCode("tr", ` https://kommmit.example.org/portal/uk/selbstcheck/${token} `);
    expect(link.statusCode).toBe(303);
    expect(link.headers.location).toBe(`/portal/tr/selbstcheck/${token}`);
    expect((await postCode("uk", token)).headers.location).toBe(`/portal/uk/selbstcheck/${token}`);
    expect((await postCode("de-x-easy", `/portal/ar/selbstcheck/${token}?section=a`)).headers.location).toBe(
      `/portal/de-x-easy/selbstcheck/${token}`,
    );
  });

  it("shows the page again with an error for a malformed code", async () => {
    for (const code of ["", "12345", `${token}x`, `https://example.org/portal/de/registrierung/${token}`]) {
      const response = await postCode("ar", code);
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain(entryTexts.ar.codeInvalid);
      expect(response.body).toContain('aria-invalid="true" autofocus');
    }
  });

  it("leaves the token address to the self-check itself", async () => {
    const response = await get(`/portal/de/selbstcheck/${token}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(entryTexts.de.selfCheckIntro);
  });
});
