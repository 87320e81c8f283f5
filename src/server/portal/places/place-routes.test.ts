import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildContentEditors, buildPlaceBody, contactBody } from "./place-test-helpers.js";

let t: TTestApp;
let editors: Awaited<ReturnType<typeof buildContentEditors>>;

beforeAll(async () => {
  t = await createTestApp();
  editors = await buildContentEditors(t.database.db);
});
afterAll(() => t.close());

function send(
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  cookies: Record<string, string>,
  payload?: object,
  language = "de",
) {
  return t.app.inject({
    method,
    url,
    cookies,
    headers: { "accept-language": language },
    ...(payload ? { payload } : {}),
  });
}

async function createPlace(cookies: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const response = await send("POST", "/api/portal/places", cookies, buildPlaceBody(overrides));
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe("portal places: access", () => {
  it("answers 401 anonymous and 403 to a caseworker", async () => {
    expect((await send("GET", "/api/portal/places", {})).statusCode).toBe(401);
    expect((await send("GET", "/api/portal/places", editors.caseworker)).statusCode).toBe(403);
  });

  it("keeps Bramsche's places from Melle's editor (404) and lists only one's own", async () => {
    const place = await createPlace(editors.bramsche);
    expect(place.status).toBe("draft");
    const read = await send("GET", `/api/portal/places/${place.id}`, editors.melle);
    expect(read.statusCode).toBe(404);
    const update = await send("PUT", `/api/portal/places/${place.id}`, editors.melle, {
      ...buildPlaceBody({ ownerUnitKey: undefined }),
      version: 1,
    });
    expect(update.statusCode).toBe(404);
    const list = await send("GET", "/api/portal/places", editors.melle);
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(place.id);
  });

  it("refuses an owner outside the editor's reach and a municipality outside the unit", async () => {
    const foreignOwner = await send(
      "POST",
      "/api/portal/places",
      editors.melle,
      buildPlaceBody({ ownerUnitKey: testGeography.bramsche.unitKey }),
    );
    expect(foreignOwner.statusCode).toBe(422);
    const foreignMunicipality = await send(
      "POST",
      "/api/portal/places",
      editors.bramsche,
      buildPlaceBody({ municipalityAgs: testGeography.melle.municipalityAgs }),
    );
    expect(foreignMunicipality.json().errors[0].pointer).toBe("/body/municipalityAgs");
  });

  it("lets the district's editor keep district-wide places, not a unit's", async () => {
    const districtPlace = await createPlace(editors.district, { ownerUnitKey: null });
    expect(districtPlace.ownerUnitKey).toBeNull();
    expect((await send("GET", `/api/portal/places/${districtPlace.id}`, editors.bramsche)).statusCode).toBe(404);
    const unitPlace = await createPlace(editors.bramsche);
    expect((await send("GET", `/api/portal/places/${unitPlace.id}`, editors.district)).statusCode).toBe(404);
  });
});

describe("portal places: validation", () => {
  const invalid = buildPlaceBody({
    category: "castle",
    latitude: 95,
    longitude: -200,
    openingHours: [
      { weekday: 1, opens: "12:00", closes: "08:00" },
      { weekday: 2, opens: "08:00", closes: "12:00" },
      { weekday: 2, opens: "11:00", closes: "14:00" },
    ],
  });

  it("names every broken field in German", async () => {
    const response = await send("POST", "/api/portal/places", editors.bramsche, invalid, "de");
    expect(response.statusCode).toBe(422);
    const errors: { pointer: string; detail: string }[] = response.json().errors;
    expect(errors.map((error) => error.pointer).sort()).toEqual([
      "/body/category",
      "/body/latitude",
      "/body/longitude",
      "/body/openingHours/0/closes",
      "/body/openingHours/2/opens",
    ]);
    expect(errors.find((error) => error.pointer === "/body/openingHours/0/closes")?.detail).toBe(
      "Die Schließzeit muss nach der Öffnungszeit liegen.",
    );
  });

  it("refuses two texts in one language and a place without German", async () => {
    const texts = [
      { language: "en", name: "Office", description: "" },
      { language: "en", name: "Office again", description: "" },
    ];
    const response = await send("POST", "/api/portal/places", editors.bramsche, buildPlaceBody({ texts }));
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers.sort()).toEqual(["/body/texts", "/body/texts/1/language"]);
  });

  it("and in English", async () => {
    const response = await send("POST", "/api/portal/places", editors.bramsche, invalid, "en");
    const errors: { pointer: string; detail: string }[] = response.json().errors;
    expect(errors.find((error) => error.pointer === "/body/openingHours/2/opens")?.detail).toBe(
      "These opening hours overlap with others on the same day.",
    );
  });
});

describe("portal places: changes", () => {
  it("sanitises descriptions, updates at the version read and audits each change", async () => {
    const place = await createPlace(editors.bramsche);
    const german = place.texts.find((text: { language: string }) => text.language === "de");
    expect(german.description).toBe("<p>Anmeldung und Pässe</p>");
    const english = place.texts.find((text: { language: string }) => text.language === "en");
    expect(english.description).toBe("<p>Registration</p>");

    const { ownerUnitKey: _owner, ...fields } = buildPlaceBody({ category: "counselling_centre" });
    const updated = await send("PUT", `/api/portal/places/${place.id}`, editors.bramsche, { ...fields, version: 1 });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ category: "counselling_centre", version: 2 });
    const stale = await send("PUT", `/api/portal/places/${place.id}`, editors.bramsche, { ...fields, version: 1 });
    expect(stale.statusCode).toBe(409);

    const published = await send("POST", `/api/portal/places/${place.id}/publish`, editors.bramsche, { version: 2 });
    expect(published.json().status).toBe("published");
    expect((await send("DELETE", `/api/portal/places/${place.id}`, editors.bramsche)).statusCode).toBe(409);
    await send("POST", `/api/portal/places/${place.id}/unpublish`, editors.bramsche, { version: 3 });
    expect((await send("DELETE", `/api/portal/places/${place.id}`, editors.bramsche)).statusCode).toBe(204);

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, place.id));
    expect(events.find((event) => event.action === "portal_place.update")?.detail).toEqual({ fields: ["category"] });
    expect(events.map((event) => event.action).sort()).toEqual([
      "portal_place.create",
      "portal_place.delete",
      "portal_place.publish",
      "portal_place.unpublish",
      "portal_place.update",
    ]);
  });

  it("filters by category and status and searches by name", async () => {
    const place = await createPlace(editors.melle, {
      ownerUnitKey: testGeography.melle.unitKey,
      municipalityAgs: testGeography.melle.municipalityAgs,
      category: "library",
      texts: [{ language: "de", name: "Stadtbibliothek Melle", description: "" }],
    });
    const url = "/api/portal/places?category=library&status=draft&q=bibliothek";
    const list = await send("GET", url, editors.melle);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: place.id }] });
    const none = await send("GET", "/api/portal/places?category=pharmacy", editors.melle);
    expect(none.json().total).toBe(0);
    const owned = await send(
      "GET",
      `/api/portal/places?owner=${testGeography.melle.unitKey}&q=bibliothek`,
      editors.melle,
    );
    expect(owned.json()).toMatchObject({ total: 1, items: [{ id: place.id }] });
    const districtWide = await send("GET", "/api/portal/places?owner=district&q=bibliothek", editors.melle);
    expect(districtWide.json().total).toBe(0);
  });
});

describe("portal contacts", () => {
  it("attaches a contact to several places, lists them, and refuses deletion while used", async () => {
    const created = await send("POST", "/api/portal/contacts", editors.bramsche, contactBody);
    expect(created.statusCode).toBe(201);
    const contact = created.json();
    const first = await createPlace(editors.bramsche, { contactIds: [contact.id] });
    await createPlace(editors.bramsche, {
      contactIds: [contact.id],
      texts: [{ language: "de", name: "Beratungsstelle Bramsche", description: "" }],
    });
    const places = await send("GET", `/api/portal/contacts/${contact.id}/places`, editors.bramsche);
    expect(places.json().map((place: { name: string }) => place.name)).toEqual([
      "Beratungsstelle Bramsche",
      "Bürgerbüro Bramsche",
    ]);

    const blocked = await send("DELETE", `/api/portal/contacts/${contact.id}`, editors.bramsche);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toContain("Beratungsstelle Bramsche");
    expect(first.contactIds).toEqual([contact.id]);
  });

  it("keeps contacts per owner, searches, and updates at the version read", async () => {
    const contact = (
      await send("POST", "/api/portal/contacts", editors.bramsche, { ...contactBody, name: "Herr Nowak" })
    ).json();
    expect((await send("GET", `/api/portal/contacts/${contact.id}`, editors.melle)).statusCode).toBe(404);
    const found = await send("GET", "/api/portal/contacts?q=nowak", editors.bramsche);
    expect(found.json().items.map((item: { id: string }) => item.id)).toEqual([contact.id]);
    const { ownerUnitKey: _owner, ...fields } = contactBody;
    const update = { ...fields, name: "Herr Nowak", office: "Migrationsberatung", version: 1 };
    expect((await send("PUT", `/api/portal/contacts/${contact.id}`, editors.bramsche, update)).json().version).toBe(2);
    expect((await send("PUT", `/api/portal/contacts/${contact.id}`, editors.bramsche, update)).statusCode).toBe(409);
    expect((await send("DELETE", `/api/portal/contacts/${contact.id}`, editors.bramsche)).statusCode).toBe(204);
  });

  it("refuses a Melle contact on a Bramsche place", async () => {
    const melleContact = (
      await send("POST", "/api/portal/contacts", editors.melle, {
        ...contactBody,
        ownerUnitKey: testGeography.melle.unitKey,
      })
    ).json();
    const response = await send(
      "POST",
      "/api/portal/places",
      editors.bramsche,
      buildPlaceBody({ contactIds: [melleContact.id] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/body/contactIds/0");
  });
});
