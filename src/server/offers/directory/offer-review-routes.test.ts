import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOffer, ZOfferRevision, ZReviewQueue } from "../../../common/offers/offer-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildUser } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildOfferInput } from "./offer-test-content.js";

let t: TTestApp;
let provider: Record<string, string>;
let reviewer: Record<string, string>;
let coordinator: Record<string, string>;
let providerName: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const own = await buildProvider(db);
  providerName = own.name;
  provider = await signInAs(db, (await buildMember(db, { organisationId: own.id, role: "provider_staff" })).id);
  reviewer = await signInAs(db, (await buildUser(db, { role: "content_editor" })).user.id);
  coordinator = await signInAs(db, (await buildUser(db, { role: "district_coordinator" })).user.id);
});
afterAll(() => t.close());

async function send(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

/** A new offer submitted for review; returns the offer and its pending revision's id. */
async function submitNew() {
  const created = ZOffer.parse((await send("POST", "/api/offers", provider, buildOfferInput())).json());
  const submitted = ZOffer.parse(
    (await send("POST", `/api/offers/${created.id}/submit`, provider, { version: 1 })).json(),
  );
  const revisionId = submitted.revisions[0]?.id ?? "";
  return { offer: submitted, revisionId };
}

describe("the review queue", () => {
  it("answers 401, then 403 to a provider and a coordinator, and lists waiting submissions oldest first", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/offer-revisions/pending" })).statusCode).toBe(401);
    expect((await send("GET", "/api/offer-revisions/pending", provider)).statusCode).toBe(403);
    expect((await send("GET", "/api/offer-revisions/pending", coordinator)).statusCode).toBe(403);
    const first = await submitNew();
    const second = await submitNew();
    const queue = ZReviewQueue.parse((await send("GET", "/api/offer-revisions/pending?pageSize=100", reviewer)).json());
    const ids = queue.items.map((item) => item.revisionId);
    expect(ids.indexOf(first.revisionId)).toBeLessThan(ids.indexOf(second.revisionId));
    expect(queue.items.find((item) => item.revisionId === first.revisionId)).toMatchObject({
      providerName,
      kind: "new",
      title: "Integrationskurs am Vormittag",
    });
    expect(first.offer).toMatchObject({
      status: "in_review",
      hasPendingRevision: true,
      allowedActions: ["withdraw", "set_free_places"],
    });
  });
});

describe("approving and rejecting", () => {
  it("shows a new offer's diff as all added and publishes it on approval", async () => {
    const { offer, revisionId } = await submitNew();
    const revision = ZOfferRevision.parse((await send("GET", `/api/offer-revisions/${revisionId}`, reviewer)).json());
    expect(revision.diff.every((entry) => entry.change === "added")).toBe(true);
    expect(revision.diff).toContainEqual({
      field: "title",
      language: "en",
      change: "added",
      before: null,
      after: "Integration course, mornings",
    });
    expect(revision.canDecide).toBe(true);
    expect((await send("POST", `/api/offer-revisions/${revisionId}/approve`, provider, {})).statusCode).toBe(403);
    const approved = ZOfferRevision.parse(
      (await send("POST", `/api/offer-revisions/${revisionId}/approve`, reviewer, {})).json(),
    );
    expect(approved).toMatchObject({ status: "approved", canDecide: false });
    expect(approved.offer).toMatchObject({
      status: "published",
      version: offer.version + 1,
      hasPendingRevision: false,
    });
    expect(approved.offer.publishedAt).not.toBeNull();
    const again = await send("POST", `/api/offer-revisions/${revisionId}/approve`, reviewer, {});
    expect(again.statusCode).toBe(409);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, offer.id), eq(auditEvents.action, "offer.approve")));
    expect(audit).toHaveLength(1);
  });

  it("keeps a published offer as it is until a change is approved; the diff shows only the changes", async () => {
    const { revisionId } = await submitNew();
    const published = ZOfferRevision.parse(
      (await send("POST", `/api/offer-revisions/${revisionId}/approve`, reviewer, {})).json(),
    ).offer;
    const change = { ...buildOfferInput({ capacity: 25, freePlaces: 5 }), version: published.version };
    const first = ZOffer.parse((await send("PUT", `/api/offers/${published.id}`, provider, change)).json());
    expect(first).toMatchObject({
      status: "published",
      capacity: 20,
      version: published.version,
      hasPendingRevision: true,
    });
    const newer = { ...buildOfferInput({ capacity: 30, hasChildcare: true }), version: published.version };
    const second = ZOffer.parse((await send("PUT", `/api/offers/${published.id}`, provider, newer)).json());
    expect(second.revisions.map((revision) => revision.status)).toEqual(["pending", "superseded", "approved"]);
    const pendingId = second.revisions[0]?.id ?? "";
    const revision = ZOfferRevision.parse((await send("GET", `/api/offer-revisions/${pendingId}`, reviewer)).json());
    expect(revision.kind).toBe("change");
    expect(revision.diff).toEqual([
      { field: "capacity", language: null, change: "changed", before: 20, after: 30 },
      { field: "hasChildcare", language: null, change: "changed", before: false, after: true },
    ]);
    const approved = ZOfferRevision.parse(
      (await send("POST", `/api/offer-revisions/${pendingId}/approve`, reviewer, {})).json(),
    );
    expect(approved.offer).toMatchObject({ capacity: 30, freePlaces: 5, status: "published" });
  });

  it("requires a comment to reject; a new offer goes back to draft and the provider sees the comment", async () => {
    const { offer, revisionId } = await submitNew();
    const missing = await send("POST", `/api/offer-revisions/${revisionId}/reject`, reviewer, { comment: " " });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].pointer).toBe("/body/comment");
    const rejected = await send("POST", `/api/offer-revisions/${revisionId}/reject`, reviewer, {
      comment: "Bitte die Kurszeiten ergänzen.",
    });
    expect(ZOfferRevision.parse(rejected.json())).toMatchObject({ status: "rejected" });
    const seen = ZOffer.parse((await send("GET", `/api/offers/${offer.id}`, provider)).json());
    expect(seen.status).toBe("draft");
    expect(seen.revisions[0]).toMatchObject({ status: "rejected", reviewComment: "Bitte die Kurszeiten ergänzen." });
    expect(seen.allowedActions).toContain("submit");
  });

  it("answers 404 for an unknown revision", async () => {
    const response = await send("GET", "/api/offer-revisions/00000000-0000-4000-8000-000000000000", reviewer);
    expect(response.statusCode).toBe(404);
  });
});
