import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildDesks, buildDeskWorker, call, personWithCase, type TDeskWorker } from "./case-test-helpers.js";

let t: TTestApp;
let bramsche: TDeskWorker;
let melle: TDeskWorker;
let melleColleague: TDeskWorker;
let provider: TDeskWorker;

beforeAll(async () => {
  t = await createTestApp();
  const desks = await buildDesks(t);
  bramsche = await buildDeskWorker(t, desks.bramscheUnit);
  melle = await buildDeskWorker(t, desks.melleUnit);
  melleColleague = await buildDeskWorker(t, desks.melleUnit);
  provider = await buildDeskWorker(t, desks.provider);
});
afterAll(() => t.close());

function handOver(personId: string, body: object, worker = bramsche) {
  return call(t, worker, "POST", `/api/persons/${personId}/case/handovers`, body);
}

const incoming = (worker: TDeskWorker, state = "pending") =>
  call(t, worker, "GET", `/api/counselling/handovers?box=incoming&state=${state}`);

describe("handovers", () => {
  it("needs a note, one waits at a time, and the receiving desk sees the person only while it waits", async () => {
    const personId = await personWithCase(t, bramsche);
    expect((await call(t, melle, "GET", `/api/persons/${personId}`)).statusCode).toBe(404);
    const withoutNote = await handOver(personId, { toOrganisationId: melle.organisationId, note: " " });
    expect(withoutNote.statusCode).toBe(422);
    expect((await handOver(personId, { toOrganisationId: bramsche.organisationId, note: "x" })).statusCode).toBe(422);

    const started = await handOver(personId, { toOrganisationId: melle.organisationId, note: "Termin am 3.12." });
    expect(started.statusCode).toBe(201);
    const second = await handOver(personId, { toOrganisationId: provider.organisationId, note: "Noch eine" });
    expect(second.statusCode).toBe(409);

    expect((await call(t, melle, "GET", `/api/persons/${personId}`)).statusCode).toBe(200);
    expect((await call(t, melle, "PATCH" as "PUT", `/api/persons/${personId}`, { phone: "+49 1" })).statusCode).toBe(
      404,
    );
    expect((await call(t, melle, "GET", `/api/persons/${personId}/case`)).json()).toEqual({
      case: null,
      canOpen: false,
      hasHandoverToActor: true,
    });
    expect((await call(t, melle, "GET", `/api/persons/${personId}/case/notes`)).json()).toEqual([]);
    const list = (await incoming(melle)).json();
    expect(list).toEqual([
      expect.objectContaining({
        id: started.json().id,
        note: "Termin am 3.12.",
        fromDesk: expect.objectContaining({ id: bramsche.organisationId }),
        person: expect.objectContaining({ id: personId, givenName: "Test" }),
      }),
    ]);
    const outgoing = (await call(t, bramsche, "GET", "/api/counselling/handovers?box=outgoing")).json();
    expect(outgoing.map((entry: { id: string }) => entry.id)).toEqual([started.json().id]);

    const declined = await call(t, melle, "POST", `/api/counselling/handovers/${started.json().id}/decline`, {
      reason: "Nicht zuständig",
    });
    expect(declined.json()).toMatchObject({ state: "declined", declineReason: "Nicht zuständig" });
    expect((await call(t, melle, "GET", `/api/persons/${personId}`)).statusCode).toBe(404);
    expect(await (await incoming(melle, "declined")).json()).toEqual([]);
    const decidedAgain = await call(t, melle, "POST", `/api/counselling/handovers/${started.json().id}/accept`, {});
    expect(decidedAgain.statusCode).toBe(409);
    const case_ = (await call(t, bramsche, "GET", `/api/persons/${personId}/case`)).json().case;
    expect(case_.desk.id).toBe(bramsche.organisationId);
  });

  it("accepting moves the case's desk and assignee to the receiver, who keeps seeing the person", async () => {
    const personId = await personWithCase(t, bramsche);
    const started = (
      await handOver(personId, {
        toOrganisationId: provider.organisationId,
        toUserId: provider.userId,
        note: "Übernahme durch den JMD",
      })
    ).json();
    expect((await call(t, bramsche, "POST", `/api/counselling/handovers/${started.id}/accept`, {})).statusCode).toBe(
      404,
    );
    const accepted = await call(t, provider, "POST", `/api/counselling/handovers/${started.id}/accept`, {});
    expect(accepted.json().state).toBe("accepted");
    const seen = (await call(t, provider, "GET", `/api/persons/${personId}/case`)).json();
    expect(seen.case).toMatchObject({ desk: { id: provider.organisationId }, assignee: { id: provider.userId } });
    expect((await call(t, provider, "GET", `/api/persons/${personId}`)).statusCode).toBe(200);
    const again = await call(t, provider, "POST", `/api/counselling/handovers/${started.id}/decline`, { reason: "x" });
    expect(again.statusCode).toBe(409);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.personId, personId));
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["counselling_handover.create", "counselling_handover.accept"]),
    );
  });

  it("refuses a target user outside the target desk, lets the sender withdraw, and blocks closing while pending", async () => {
    const personId = await personWithCase(t, bramsche);
    const wrongUser = await handOver(personId, {
      toOrganisationId: melle.organisationId,
      toUserId: provider.userId,
      note: "Bitte übernehmen",
    });
    expect(wrongUser.json().errors[0]).toMatchObject({ pointer: "/body/toUserId", code: "case_assignee_not_of_desk" });
    const started = (
      await handOver(personId, {
        toOrganisationId: melle.organisationId,
        toUserId: melleColleague.userId,
        note: "Bitte übernehmen",
      })
    ).json();
    const closing = await call(t, bramsche, "POST", `/api/persons/${personId}/case/status`, {
      to: "closed",
      closeReason: "other",
    });
    expect(closing.statusCode).toBe(409);
    expect((await call(t, melle, "POST", `/api/counselling/handovers/${started.id}/withdraw`, {})).statusCode).toBe(
      404,
    );
    const withdrawn = await call(t, bramsche, "POST", `/api/counselling/handovers/${started.id}/withdraw`, {});
    expect(withdrawn.json().state).toBe("withdrawn");
    expect((await call(t, melle, "GET", `/api/persons/${personId}`)).statusCode).toBe(404);
  });
});
