import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TModule } from "../../modules.js";
import { platformModule } from "../../platform/platform-module.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { portalEventRoutes } from "../events/portal-event-routes.js";
import { contactRoutes } from "../places/contact-routes.js";
import { placeRoutes } from "../places/place-routes.js";
import { buildContentEditors, buildPlaceBody, contactBody } from "../places/place-test-helpers.js";
import { createPortalRenderCache } from "./portal-render-cache.js";
import { portalViewRoutes } from "./portal-view-routes.js";

/** Monday 7 December 2026, 10:00 in Berlin: the Bürgerbüro (Monday 8–12) is open. */
const clock = new Date("2026-12-07T09:00:00Z");
const unit = testGeography.bramsche.unitKey;
const otherUnit = testGeography.melle.unitKey;

const viewsWithClock: TModule = {
  name: "portal-views-with-clock",
  async routes(app, { database }) {
    await app.register(contactRoutes, { db: database.db });
    await app.register(placeRoutes, { db: database.db });
    await app.register(portalEventRoutes, { db: database.db });
    await app.register(portalViewRoutes, {
      db: database.db,
      publicUrl: "https://portal.example.org",
      renderCache: createPortalRenderCache(database.invalidations, { maxAgeSeconds: 30, maxEntries: 100 }),
      now: () => clock,
    });
  },
};

let t: TTestApp;
const ids: Record<string, string> = {};

function jsonLdOf(body: string) {
  const match = body.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
  if (!match?.[1]) throw new Error("no JSON-LD block");
  return JSON.parse(match[1]) as Record<string, unknown>;
}

beforeAll(async () => {
  t = await createTestApp({ modules: [platformModule, viewsWithClock] });
  const editors = await buildContentEditors(t.database.db);
  const post = async (cookies: Record<string, string>, url: string, payload: object) => {
    const response = await t.app.inject({ method: "POST", url, cookies, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json() as { id: string };
  };
  const contact = await post(editors.bramsche, "/api/portal/contacts", contactBody);
  ids.place = (await post(editors.bramsche, "/api/portal/places", buildPlaceBody({ contactIds: [contact.id] }))).id;
  await post(editors.bramsche, `/api/portal/places/${ids.place}/publish`, { version: 1 });
  ids.draftPlace = (
    await post(
      editors.bramsche,
      "/api/portal/places",
      buildPlaceBody({ texts: [{ language: "de", name: "Entwurfsort" }] }),
    )
  ).id;
  ids.otherPlace = (
    await post(
      editors.melle,
      "/api/portal/places",
      buildPlaceBody({
        ownerUnitKey: otherUnit,
        municipalityAgs: testGeography.melle.municipalityAgs,
        texts: [{ language: "de", name: "Rathaus Melle" }],
      }),
    )
  ).id;
  await post(editors.melle, `/api/portal/places/${ids.otherPlace}/publish`, { version: 1 });

  const event = async (cookies: Record<string, string>, body: object, isPublished: boolean) => {
    const created = await post(cookies, "/api/portal/events", body);
    if (isPublished) await post(cookies, `/api/portal/events/${created.id}/publish`, { version: 1 });
    return created.id;
  };
  ids.cafe = await event(
    editors.bramsche,
    {
      municipalUnitKey: unit,
      startsAt: "2026-12-08T17:00:00Z",
      endsAt: "2026-12-08T19:00:00Z",
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      placeId: ids.place,
      address: "Hasestraße 11, Raum 2",
      organiser: "Freiwilligenagentur",
      texts: [
        { language: "de", title: "Sprachcafé </script><b>", descriptionHtml: "<p>Deutsch üben bei Kaffee.</p>" },
        { language: "uk", title: "Мовне кафе", descriptionHtml: "<p>Практика німецької за кавою.</p>" },
      ],
    },
    true,
  );
  ids.infotag = await event(
    editors.district,
    {
      municipalUnitKey: null,
      startsOn: "2026-12-15",
      endsOn: "2026-12-15",
      isFree: false,
      texts: [{ language: "de", title: "Infotag des Landkreises" }],
    },
    true,
  );
  ids.draftEvent = await event(
    editors.bramsche,
    {
      municipalUnitKey: unit,
      startsAt: "2026-12-09T10:00:00Z",
      endsAt: "2026-12-09T11:00:00Z",
      texts: [{ language: "de", title: "Entwurfstreffen" }],
    },
    false,
  );
  ids.otherEvent = await event(
    editors.melle,
    {
      municipalUnitKey: otherUnit,
      startsAt: "2026-12-09T10:00:00Z",
      endsAt: "2026-12-09T11:00:00Z",
      texts: [{ language: "de", title: "Treff Melle" }],
    },
    true,
  );
  ids.past = await event(
    editors.bramsche,
    {
      municipalUnitKey: unit,
      startsAt: "2026-11-02T10:00:00Z",
      endsAt: "2026-11-02T11:00:00Z",
      texts: [{ language: "de", title: "Vergangenes Fest" }],
    },
    true,
  );
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("the portal's events pages", () => {
  it("lists the coming 60 days by day in the language, never drafts, other units' or past events", async () => {
    const response = await get(`/portal/de/${unit}/events`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Dienstag, 8. Dezember 2026");
    expect(response.body).toContain("18:00–20:00");
    expect(response.body).toContain("Sprachcafé &lt;/script&gt;&lt;b&gt;");
    expect(response.body).toContain("Infotag des Landkreises");
    expect(response.body).toContain("ganztägig");
    expect(response.body).toContain(`href="/portal/de/${unit}/events.ics"`);
    expect(response.body.match(/Sprachcafé/g)?.length).toBeGreaterThanOrEqual(8);
    for (const hidden of ["Entwurfstreffen", "Treff Melle", "Vergangenes Fest"])
      expect(response.body).not.toContain(hidden);
    const ukrainian = await get(`/portal/uk/${unit}/events`);
    expect(ukrainian.body).toContain("вівторок, 8 грудня 2026");
    expect(ukrainian.body).toContain("Мовне кафе");
    expect(ukrainian.body).toContain(`<a href="/portal/uk/${unit}/events/${ids.infotag}" lang="de">`);
  });

  it("shows another unit its own events and the district's, not Bramsche's", async () => {
    const response = await get(`/portal/en/${otherUnit}/events`);
    expect(response.body).toContain("Treff Melle");
    expect(response.body).toContain("Infotag des Landkreises");
    expect(response.body).not.toContain("Sprachcafé");
  });

  it("shows an event with its next dates, place, .ics link and schema.org Event data", async () => {
    const response = await get(`/portal/ar/${unit}/events/${ids.cafe}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('<h1 lang="de" dir="ltr">');
    expect(response.body).toContain("هذه الصفحة غير متوفرة بلغتك بعد");
    expect(response.body).toContain('<div lang="de" dir="ltr"><p>Deutsch üben bei Kaffee.</p></div>');
    expect(response.body).toContain(`href="/portal/ar/${unit}/places/${ids.place}" lang="de"`);
    expect(response.body).toContain(`href="/portal/ar/events/${ids.cafe}.ics"`);
    expect(response.body).not.toContain("</script><b>");
    const data = jsonLdOf(response.body);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Sprachcafé </script><b>",
      startDate: "2026-12-08T17:00:00.000Z",
      endDate: "2026-12-08T19:00:00.000Z",
      isAccessibleForFree: true,
      url: `https://portal.example.org/portal/ar/${unit}/events/${ids.cafe}`,
      organizer: { "@type": "Organization", name: "Freiwilligenagentur" },
      location: { "@type": "Place", name: "Bürgerbüro Bramsche", address: "Hasestraße 11, Raum 2" },
    });
    const ukrainian = await get(`/portal/uk/${unit}/events/${ids.cafe}`);
    expect(ukrainian.body).toContain("<h1>Мовне кафе</h1>");
    expect(ukrainian.body).toContain("Наступні дати");
    expect(ukrainian.body).toContain("15 грудня 2026");
  });

  it("marks an all-day district event as a date and not free; never shows drafts or other units' events", async () => {
    const data = jsonLdOf((await get(`/portal/en/${unit}/events/${ids.infotag}`)).body);
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-12-15",
      endDate: "2026-12-15",
      isAccessibleForFree: false,
    });
    expect((await get(`/portal/de/${unit}/events/${ids.draftEvent}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/events/${ids.otherEvent}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/events/not-an-id`)).statusCode).toBe(404);
    expect((await get("/portal/de/99999999/events")).statusCode).toBe(404);
    expect((await get(`/portal/xx/${unit}/events`)).statusCode).toBe(404);
  });
});

describe("the portal's places pages", () => {
  it("lists the published places by category with their marks, never drafts or other units' places", async () => {
    const response = await get(`/portal/en/${unit}/places`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Offices and authorities");
    expect(response.body).toContain("Citizens&#39;");
    expect(response.body).toContain("Open now");
    expect(response.body).toContain("Barrier-free");
    expect(response.body).not.toContain("Entwurfsort");
    expect(response.body).not.toContain("Rathaus Melle");
  });

  it("shows a place: opening hours by weekday, contacts, map link and schema.org GovernmentOffice", async () => {
    const response = await get(`/portal/tr/${unit}/places/${ids.place}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Pazartesi");
    expect(response.body).toContain("08:00–12:00");
    expect(response.body).toContain("Perşembe");
    expect(response.body).toContain('href="tel:05461000100"');
    expect(response.body).toContain('href="mailto:buergerbuero@example.org"');
    expect(response.body).toContain("Frau Yilmaz");
    expect(response.body).toContain("https://www.openstreetmap.org/?mlat=52.40878&amp;mlon=7.97247");
    expect(response.body).toContain('<span lang="de" dir="ltr">An Feiertagen geschlossen.</span>');
    expect(response.body).toContain('<h1 lang="de" dir="ltr">Bürgerbüro Bramsche</h1>');
    expect(response.body).not.toContain("alert(1)");
    const data = jsonLdOf(response.body);
    expect(data).toMatchObject({
      "@type": "GovernmentOffice",
      name: "Bürgerbüro Bramsche",
      geo: { "@type": "GeoCoordinates", latitude: 52.40878, longitude: 7.97247 },
      address: { "@type": "PostalAddress", streetAddress: "Hasestraße 11", postalCode: "49565", addressCountry: "DE" },
      openingHoursSpecification: [
        {
          "@type": "OpeningHoursSpecification",
          dayOfWeek: "https://schema.org/Monday",
          opens: "08:00",
          closes: "12:00",
        },
        {
          "@type": "OpeningHoursSpecification",
          dayOfWeek: "https://schema.org/Thursday",
          opens: "14:00",
          closes: "18:00",
        },
      ],
    });
  });

  it("is 404 for a draft, another unit's place or a bad id", async () => {
    expect((await get(`/portal/de/${unit}/places/${ids.draftPlace}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/places/${ids.otherPlace}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/places/nope`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${otherUnit}/places/${ids.otherPlace}`)).statusCode).toBe(200);
  });
});
