import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZPortalEvent } from "../../../common/portal/event-schemas.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
const ids: Record<string, string> = {};

async function editor(kind: "district" | "municipal_unit", unitKey?: string) {
  const organisation = await buildOrganisation(t.database.db, {
    kind,
    ...(unitKey ? { municipalUnitKey: unitKey } : {}),
  });
  return signInAs(t.database.db, (await buildUser(t.database.db, { role: "content_editor", organisation })).user.id);
}

async function createEvent(
  cookies: Record<string, string>,
  unitKey: string | null,
  title: string,
  isPublished: boolean,
) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/portal/events",
    cookies,
    payload: {
      municipalUnitKey: unitKey,
      startsAt: "2026-05-05T16:00:00Z",
      endsAt: "2026-05-05T18:00:00Z",
      recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
      texts: [
        { language: "de", title: `${title} (de)` },
        { language: "uk", title: `${title} (uk)` },
      ],
    },
  });
  const event = ZPortalEvent.parse(response.json());
  if (isPublished) {
    await t.app.inject({
      method: "POST",
      url: `/api/portal/events/${event.id}/publish`,
      cookies,
      payload: { version: 1 },
    });
  }
  return event.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const bramsche = await editor("municipal_unit", testGeography.bramsche.unitKey);
  const melle = await editor("municipal_unit", testGeography.melle.unitKey);
  const district = await editor("district");
  ids.bramsche = await createEvent(bramsche, testGeography.bramsche.unitKey, "Sprachcafé Bramsche", true);
  ids.draft = await createEvent(bramsche, testGeography.bramsche.unitKey, "Entwurf Bramsche", false);
  ids.melle = await createEvent(melle, testGeography.melle.unitKey, "Treff Melle", true);
  ids.district = await createEvent(district, null, "Landkreis-Infotag", true);
});
afterAll(() => t.close());

describe("public events", () => {
  it("exports one published event with its RRULE and the title in the language asked for", async () => {
    const response = await t.app.inject({ method: "GET", url: `/portal/uk/events/${ids.bramsche}.ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.body).toContain("RRULE:FREQ=WEEKLY;COUNT=3;INTERVAL=1;BYDAY=TU");
    expect(response.body).toContain("SUMMARY:Sprachcafé Bramsche (uk)");
    const fallback = await t.app.inject({ method: "GET", url: `/portal/ar/events/${ids.bramsche}.ics` });
    expect(fallback.body).toContain("SUMMARY:Sprachcafé Bramsche (de)");
  });

  it("does not export a draft", async () => {
    expect((await t.app.inject({ method: "GET", url: `/portal/de/events/${ids.draft}.ics` })).statusCode).toBe(404);
  });

  it("feeds a unit's published events and the district-wide ones, nothing else", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/portal/de/${testGeography.bramsche.unitKey}/events.ics`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Sprachcafé Bramsche (de)");
    expect(response.body).toContain("Landkreis-Infotag (de)");
    expect(response.body).not.toContain("Entwurf");
    expect(response.body).not.toContain("Melle");
  });

  it("lists the occurrences as JSON", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/public/events",
      query: {
        unit: testGeography.bramsche.unitKey,
        from: "2026-05-01T00:00:00Z",
        to: "2026-06-01T00:00:00Z",
        lang: "uk",
      },
    });
    expect(response.statusCode).toBe(200);
    const items: { title: string }[] = response.json().items;
    expect(items).toHaveLength(6);
    expect(items.filter((item) => item.title === "Sprachcafé Bramsche (uk)")).toHaveLength(3);
  });
});
