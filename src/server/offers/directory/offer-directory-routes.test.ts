import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOffer, ZOfferPage } from "../../../common/offers/offer-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildUser } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { offerTranslations } from "../offer-tables.js";
import { buildOfferInput } from "./offer-test-content.js";

let t: TTestApp;
let provider: Record<string, string>;
let otherProvider: Record<string, string>;
let reviewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const own = await buildProvider(db);
  const other = await buildProvider(db, "language_school");
  provider = await signInAs(db, (await buildMember(db, { organisationId: own.id, role: "provider_staff" })).id);
  otherProvider = await signInAs(db, (await buildMember(db, { organisationId: other.id, role: "provider_admin" })).id);
  reviewer = await signInAs(db, (await buildUser(db, { role: "caseworker" })).user.id);
});
afterAll(() => t.close());

async function create(overrides = {}, cookies = provider) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/offers",
    cookies,
    payload: buildOfferInput(overrides),
  });
  expect(response.statusCode).toBe(201);
  return ZOffer.parse(response.json());
}

const auditOf = (offerId: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, offerId), eq(auditEvents.action, action)));

describe("POST /api/offers", () => {
  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/offers", payload: buildOfferInput() });
    expect(response.statusCode).toBe(401);
  });

  it("answers 422 with the field pointers of the schema's rules", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/offers",
      cookies: provider,
      payload: buildOfferInput({ capacity: -1, freePlaces: 3, endTime: "08:00", translations: [] }),
    });
    expect(response.statusCode).toBe(422);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(["/body/translations", "/body/endTime", "/body/capacity", "/body/freePlaces"]),
    );
  });

  it("answers 422 for codes the database does not know, each at its field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/offers",
      cookies: provider,
      payload: buildOfferInput({
        fieldsOfAction: ["sprache", "zauberei"],
        courseType: "ik_unbekannt",
        residenceCategories: ["nirgends"],
        municipalityAgs: "99999999",
      }),
    });
    expect(response.statusCode).toBe(422);
    expect(
      response.json().errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]),
    ).toEqual([
      ["/body/fieldsOfAction/1", "field_of_action_unknown"],
      ["/body/courseType", "course_type_unknown"],
      ["/body/residenceCategories/0", "residence_category_unknown"],
      ["/body/municipalityAgs", "municipality_unknown"],
    ]);
  });

  it("answers 403 to a reviewer, who reviews but keeps no offers", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/offers",
      cookies: reviewer,
      payload: buildOfferInput(),
    });
    expect(response.statusCode).toBe(403);
  });

  it("creates a draft with its texts, sanitised, and audits it", async () => {
    const offer = await create({
      translations: [
        {
          language: "de",
          title: "Sprachcafé",
          description:
            '<p onmouseover="x()">Treff<script>alert(1)</script> <a href="javascript:alert(1)">hier</a></p><img src=x onerror=alert(1)>',
        },
      ],
    });
    expect(offer.status).toBe("draft");
    expect(offer.version).toBe(1);
    expect(offer.allowedActions).toEqual(["edit", "submit", "withdraw", "set_free_places"]);
    expect(offer.content.translations[0]?.description).toBe("<p>Treff <a>hier</a></p>");
    const stored = await t.database.db.select().from(offerTranslations).where(eq(offerTranslations.offerId, offer.id));
    expect(stored.map((text) => text.description)).toEqual(["<p>Treff <a>hier</a></p>"]);
    expect(await auditOf(offer.id, "offer.create")).toHaveLength(1);
  });
});

describe("GET /api/offers/mine and /api/offers/:id", () => {
  it("lists only the provider's own offers, searched by title in any language, paged", async () => {
    const mine = await create({
      translations: [
        { language: "de", title: "Nähcafé Bramsche", description: "<p>x</p>" },
        { language: "en", title: "Sewing café", description: "<p>x</p>" },
      ],
    });
    const theirs = await create({}, otherProvider);
    const response = await t.app.inject({ method: "GET", url: "/api/offers/mine?q=sewing", cookies: provider });
    const page = ZOfferPage.parse(response.json());
    expect(page.items.map((item) => item.id)).toEqual([mine.id]);
    expect(page.items[0]?.title).toBe("Nähcafé Bramsche");
    expect(page.canCreate).toBe(true);
    const all = ZOfferPage.parse(
      (await t.app.inject({ method: "GET", url: "/api/offers/mine?pageSize=1&sort=title", cookies: provider })).json(),
    );
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const ids = ZOfferPage.parse(
      (await t.app.inject({ method: "GET", url: "/api/offers/mine?pageSize=100", cookies: provider })).json(),
    );
    expect(ids.items.map((item) => item.id)).not.toContain(theirs.id);
  });

  it("answers 422 for an unknown sort, 404 for another provider's offer, and the offer to its provider", async () => {
    expect(
      (await t.app.inject({ method: "GET", url: "/api/offers/mine?sort=size", cookies: provider })).json().errors[0]
        .pointer,
    ).toBe("/querystring/sort");
    const theirs = await create({}, otherProvider);
    expect((await t.app.inject({ method: "GET", url: `/api/offers/${theirs.id}`, cookies: provider })).statusCode).toBe(
      404,
    );
    const response = await t.app.inject({ method: "GET", url: `/api/offers/${theirs.id}`, cookies: otherProvider });
    expect(ZOffer.parse(response.json()).content.translations.map((text) => text.language)).toEqual(["de", "en"]);
  });
});

describe("PUT /api/offers/:id", () => {
  it("overwrites a draft at the version read, 409 when stale, 404 for another provider", async () => {
    const offer = await create();
    const payload = { ...buildOfferInput({ capacity: 30 }), version: 1 };
    const foreign = await t.app.inject({
      method: "PUT",
      url: `/api/offers/${offer.id}`,
      cookies: otherProvider,
      payload,
    });
    expect(foreign.statusCode).toBe(404);
    const saved = await t.app.inject({ method: "PUT", url: `/api/offers/${offer.id}`, cookies: provider, payload });
    expect(saved.statusCode).toBe(200);
    expect(ZOffer.parse(saved.json())).toMatchObject({ version: 2, capacity: 30, status: "draft" });
    const stale = await t.app.inject({ method: "PUT", url: `/api/offers/${offer.id}`, cookies: provider, payload });
    expect(stale.statusCode).toBe(409);
    const [audit] = await auditOf(offer.id, "offer.update");
    expect(audit?.detail).toEqual({ fields: ["capacity"] });
  });

  it("answers 403 to a reviewer", async () => {
    const offer = await create();
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/offers/${offer.id}`,
      cookies: reviewer,
      payload: { ...buildOfferInput(), version: 1 },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("free places and withdrawing", () => {
  it("sets free places within the capacity without review, and refuses more", async () => {
    const offer = await create();
    const over = await t.app.inject({
      method: "PATCH",
      url: `/api/offers/${offer.id}/free-places`,
      cookies: provider,
      payload: { version: 1, freePlaces: 21 },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().errors[0]).toMatchObject({
      pointer: "/body/freePlaces",
      code: "offer_free_places_over_capacity",
    });
    const set = await t.app.inject({
      method: "PATCH",
      url: `/api/offers/${offer.id}/free-places`,
      cookies: provider,
      payload: { version: 1, freePlaces: 0 },
    });
    expect(ZOffer.parse(set.json())).toMatchObject({ freePlaces: 0, version: 2 });
    expect(await auditOf(offer.id, "offer.free_places")).toHaveLength(1);
  });

  it("withdraws an offer, after which it cannot be edited", async () => {
    const offer = await create();
    const withdrawn = await t.app.inject({
      method: "POST",
      url: `/api/offers/${offer.id}/withdraw`,
      cookies: provider,
      payload: { version: 1 },
    });
    expect(ZOffer.parse(withdrawn.json())).toMatchObject({ status: "withdrawn", allowedActions: [] });
    const edit = await t.app.inject({
      method: "PUT",
      url: `/api/offers/${offer.id}`,
      cookies: provider,
      payload: { ...buildOfferInput(), version: 2 },
    });
    expect(edit.statusCode).toBe(409);
    expect(await auditOf(offer.id, "offer.withdraw")).toHaveLength(1);
  });
});
