import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { offers } from "../offer-tables.js";
import { referrals } from "./referral-tables.js";
import {
  buildReferralWorld,
  call,
  consentingPerson,
  offerOf,
  referralTo,
  type TReferralWorld,
} from "./referral-test-setup.js";

let t: TTestApp;
let world: TReferralWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildReferralWorld(t);
});
afterAll(() => t.close());

async function send(personId: string, body: object, cookies = world.bramsche.cookies) {
  return call(t, "POST", `/api/persons/${personId}/referrals`, cookies, body);
}

function respond(referralId: string, body: object, cookies = world.provider.cookies) {
  return call(t, "POST", `/api/referrals/${referralId}/response`, cookies, body);
}

describe("sending a referral", () => {
  it("refuses without consent to share with that provider, naming the field", async () => {
    const { personId } = await consentingPerson(t, world, [world.otherProvider.id]);
    const offer = await offerOf(t, world.provider.id, 3);
    const refused = await send(personId, referralTo(offer.id));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/target", code: "referral_consent_missing" }),
    ]);
    expect(await t.database.db.select().from(referrals).where(eq(referrals.personId, personId))).toEqual([]);
  });

  it("refuses an inactive or unknown offer and a need of someone else", async () => {
    const { personId } = await consentingPerson(t, world, [world.provider.id]);
    const expired = await offerOf(t, world.provider.id, 3);
    await t.database.db.update(offers).set({ validUntil: "2020-01-01" }).where(eq(offers.id, expired.id));
    const inactive = await send(personId, referralTo(expired.id));
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json().errors[0]).toMatchObject({
      pointer: "/body/target/offerId",
      code: "referral_offer_inactive",
    });
    const unknown = await send(personId, referralTo("00000000-0000-4000-8000-000000000000"));
    expect(unknown.json().errors[0]).toMatchObject({ code: "referral_offer_unknown" });
    const offer = await offerOf(t, world.provider.id, 3);
    const foreignNeed = await send(personId, {
      ...referralTo(offer.id),
      needId: "00000000-0000-4000-8000-000000000000",
    });
    expect(foreignNeed.json().errors[0]).toMatchObject({ pointer: "/body/needId", code: "referral_need_unknown" });
  });

  it("shows the caseworker exactly what would be shared before sending", async () => {
    const { personId, consentId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, 3);
    const preview = await call(
      t,
      "POST",
      `/api/persons/${personId}/referrals/preview`,
      world.bramsche.cookies,
      referralTo(offer.id),
    );
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      offerIsActive: true,
      consent: { isValid: true, consentId },
      fieldCodes: ["name", "contact", "languages"],
    });
    expect(Object.keys(preview.json().sharedData).sort()).toEqual(["contact", "languages", "name"]);
  });

  it("is not possible for a person outside the caseworker's area, nor for a provider", async () => {
    const { personId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, 3);
    expect((await send(personId, referralTo(offer.id), world.melle.cookies)).statusCode).toBe(404);
    expect((await send(personId, referralTo(offer.id), world.provider.cookies)).statusCode).toBe(404);
  });
});

describe("a referral's life", () => {
  it("goes sent → accepted → started → completed, shares only its field set, and audits each step", async () => {
    const { personId, consentId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, 2);
    const sent = await send(personId, referralTo(offer.id));
    expect(sent.statusCode).toBe(201);
    const referral = sent.json();
    expect(referral).toMatchObject({ status: "sent", version: 1, allowedTransitions: ["withdraw"], sharedData: null });
    const [stored] = await t.database.db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect(stored?.consentId).toBe(consentId);

    const inbox = await call(t, "GET", "/api/referrals/inbox?view=waiting", world.provider.cookies);
    expect(inbox.json().items.map((item: { id: string }) => item.id)).toContain(referral.id);
    const listed = inbox.json().items.find((item: { id: string }) => item.id === referral.id);
    expect(listed.personName).toMatch(/^Test Person-/);
    expect(listed.allowedTransitions).toEqual(["accept", "decline"]);

    const read = (await call(t, "GET", `/api/referrals/${referral.id}`, world.provider.cookies)).json();
    expect(Object.keys(read.sharedData).sort()).toEqual(["contact", "languages", "name"]);
    expect(read.sharedData.date_of_birth).toBeUndefined();
    const personReads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, personId)));
    expect(personReads.map((event) => event.detail)).toContainEqual({
      part: "referral",
      fields: ["name", "contact", "languages"],
    });

    const declineWithoutReason = await respond(referral.id, { transition: "decline", version: 1 });
    expect(declineWithoutReason.statusCode).toBe(422);
    expect(declineWithoutReason.json().errors[0]).toMatchObject({
      pointer: "/body/note",
      code: "referral_reason_required",
    });

    const accepted = await respond(referral.id, { transition: "accept", version: 1 });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", version: 2, allowedTransitions: ["start"] });
    const [afterAccept] = await t.database.db.select().from(offers).where(eq(offers.id, offer.id));
    expect(afterAccept?.freePlaces).toBe(1);

    expect((await respond(referral.id, { transition: "accept", version: 1 })).statusCode).toBe(409);
    expect((await respond(referral.id, { transition: "complete", version: 2, note: "x" })).json().status).toBe(409);
    expect((await respond(referral.id, { transition: "start", version: 2 })).statusCode).toBe(200);
    const completed = await respond(referral.id, { transition: "complete", version: 3, note: "Kurs bestanden" });
    expect(completed.json()).toMatchObject({ status: "completed", note: "Kurs bestanden", allowedTransitions: [] });
    expect(completed.json().events.map((event: { toStatus: string }) => event.toStatus)).toEqual([
      "sent",
      "accepted",
      "started",
      "completed",
    ]);
    expect(completed.json().sharedData).toBeNull();

    const steps = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "referral"), eq(auditEvents.subjectId, referral.id)));
    expect(steps.map((step) => step.action)).toEqual(
      expect.arrayContaining(["referral.send", "referral.accept", "referral.start", "referral.complete"]),
    );
  });

  it("ends the provider's access the moment consent is withdrawn", async () => {
    const { personId, consentId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, null);
    const referral = (await send(personId, referralTo(offer.id))).json();
    expect(
      (await call(t, "GET", `/api/referrals/${referral.id}`, world.provider.cookies)).json().sharedData,
    ).not.toBeNull();

    const withdrawn = await call(
      t,
      "POST",
      `/api/persons/${personId}/consents/${consentId}/withdraw`,
      world.bramsche.cookies,
      {},
    );
    expect(withdrawn.statusCode).toBe(201);
    expect(
      (await call(t, "GET", `/api/referrals/${referral.id}`, world.provider.cookies)).json().sharedData,
    ).toBeNull();
    const inbox = (await call(t, "GET", "/api/referrals/inbox", world.provider.cookies)).json();
    expect(inbox.items.find((item: { id: string }) => item.id === referral.id).personName).toBeNull();
    const accept = await respond(referral.id, { transition: "accept", version: 1 });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().type).toBeDefined();
    const decline = await respond(referral.id, { transition: "decline", version: 1, note: "Keine Einwilligung" });
    expect(decline.json().status).toBe("declined");
  });

  it("is hidden from other providers and from caseworkers of another area", async () => {
    const { personId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, null);
    const referral = (await send(personId, referralTo(offer.id))).json();
    expect((await call(t, "GET", `/api/referrals/${referral.id}`, world.otherProvider.cookies)).statusCode).toBe(404);
    expect(
      (await respond(referral.id, { transition: "accept", version: 1 }, world.otherProvider.cookies)).statusCode,
    ).toBe(404);
    expect((await call(t, "GET", `/api/referrals/${referral.id}`, world.melle.cookies)).statusCode).toBe(404);
    const otherInbox = (await call(t, "GET", "/api/referrals/inbox", world.otherProvider.cookies)).json();
    expect(otherInbox.items.map((item: { id: string }) => item.id)).not.toContain(referral.id);
    const melleTeam = (await call(t, "GET", "/api/referrals/sent?view=my_team", world.melle.cookies)).json();
    expect(melleTeam.items.map((item: { id: string }) => item.id)).not.toContain(referral.id);
    expect((await call(t, "GET", `/api/persons/${personId}`, world.provider.cookies)).statusCode).toBe(404);
  });

  it("lists sent by me, by my team and waiting for an answer for caseworkers", async () => {
    const { personId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, null);
    const mine = (await send(personId, referralTo(offer.id))).json();
    const colleagues = (await send(personId, referralTo(offer.id), world.colleague.cookies)).json();
    await respond(colleagues.id, { transition: "accept", version: 1 });
    const ids = async (view: string, cookies = world.bramsche.cookies) =>
      (await call(t, "GET", `/api/referrals/sent?view=${view}&pageSize=100`, cookies))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await ids("sent_by_me")).toContain(mine.id);
    expect(await ids("sent_by_me")).not.toContain(colleagues.id);
    expect(await ids("my_team")).toEqual(expect.arrayContaining([mine.id, colleagues.id]));
    expect(await ids("waiting")).toContain(mine.id);
    expect(await ids("waiting")).not.toContain(colleagues.id);
    const ofPerson = await call(
      t,
      "GET",
      `/api/referrals/sent?view=my_team&personId=${personId}`,
      world.bramsche.cookies,
    );
    expect(
      ofPerson
        .json()
        .items.map((item: { id: string }) => item.id)
        .sort(),
    ).toEqual([mine.id, colleagues.id].sort());
  });

  it("gives an accepted place back when the caseworker withdraws", async () => {
    const { personId } = await consentingPerson(t, world, [world.provider.id]);
    const offer = await offerOf(t, world.provider.id, 1);
    const referral = (await send(personId, referralTo(offer.id))).json();
    await respond(referral.id, { transition: "accept", version: 1 });
    const withdrawn = await call(t, "POST", `/api/referrals/${referral.id}/withdraw`, world.bramsche.cookies, {
      version: 2,
      note: "Person ist umgezogen",
    });
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn", note: "Person ist umgezogen" });
    const [after] = await t.database.db.select().from(offers).where(eq(offers.id, offer.id));
    expect(after?.freePlaces).toBe(1);
    expect(
      (await call(t, "POST", `/api/referrals/${referral.id}/withdraw`, world.provider.cookies, { version: 3 }))
        .statusCode,
    ).toBe(404);
  });
});

describe("free places", () => {
  it("are never overbooked by concurrent acceptances", async () => {
    const offer = await offerOf(t, world.provider.id, 2);
    const sent = [];
    for (let index = 0; index < 5; index += 1) {
      const { personId } = await consentingPerson(t, world, [world.provider.id]);
      sent.push((await send(personId, referralTo(offer.id))).json().id as string);
    }
    const answers = await Promise.all(sent.map((id) => respond(id, { transition: "accept", version: 1 })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 409, 409, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409);
    expect(refused?.json().title).toBe("Das Angebot hat keine freien Plätze mehr.");
    const [after] = await t.database.db.select().from(offers).where(eq(offers.id, offer.id));
    expect(after?.freePlaces).toBe(0);
    const accepted = await t.database.db.select().from(referrals).where(eq(referrals.status, "accepted"));
    expect(accepted.filter((row) => row.offerId === offer.id)).toHaveLength(2);
  });
});
