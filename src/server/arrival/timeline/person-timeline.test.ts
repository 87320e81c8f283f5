import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { personAssignments } from "../arrival-tables.js";

let t: TTestApp;
let bramsche: { userId: string; cookies: Record<string, string> };
let melle: Record<string, string>;

async function caseworkerOf(municipalUnitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  return { userId: user.id, cookies: await signInAs(t.database.db, user.id) };
}

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = (await caseworkerOf(testGeography.melle.unitKey)).cookies;
});
afterAll(() => t.close());

async function send(method: "POST" | "PATCH" | "PUT", url: string, payload: Record<string, unknown>) {
  const response = await t.app.inject({ method, url, cookies: bramsche.cookies, payload });
  expect(response.statusCode).toBeLessThan(300);
  return response.json();
}

async function register(familyName: string): Promise<string> {
  const person = await send("POST", "/api/persons", {
    givenName: "Olena",
    familyName,
    municipalityAgs: testGeography.bramsche.municipalityAgs,
    phone: "+49 541 123456",
  });
  await t.database.db.insert(personAssignments).values({ personId: person.id, userId: bramsche.userId });
  return person.id;
}

function timeline(id: string, cookies: Record<string, string>, query = "") {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}/timeline${query}`, cookies });
}

describe("person timeline", () => {
  it("lists what happened to the person, newest first, with field names but never contents", async () => {
    const id = await register("Kovalenko");
    const other = await register("Shevchenko");
    await send("PATCH", `/api/persons/${id}`, { familyName: "Kowalenko" });
    await send("PATCH", `/api/persons/${id}`, { firstContactOn: "2026-11-02" });
    await send("PUT", `/api/persons/${id}/household`, { withPersonId: other, relation: "sibling" });
    const notices: { id: string; language: string }[] = (
      await t.app.inject({ method: "GET", url: "/api/privacy-notices" })
    ).json();
    const [consent] = await send("POST", `/api/persons/${id}/consents`, {
      privacyNoticeId: notices.find((notice) => notice.language === "uk")?.id,
      givenAt: new Date().toISOString(),
      decisions: [{ purpose: "counselling", isGranted: true }],
    });
    await send("POST", `/api/persons/${id}/consents/${consent.id}/withdraw`, {});
    await send("POST", `/api/persons/${id}/moves`, {
      kind: "within_district",
      toMunicipalityAgs: testGeography.melle.municipalityAgs,
      movedOn: "2026-11-20",
      note: "Termin beim Sprachkurs am 3.12.",
    });

    const response = await timeline(id, melle);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((entry: { kind: string }) => entry.kind)).toEqual([
      "moved",
      "consent_withdrawn",
      "consent_granted",
      "household_changed",
      "first_contact",
      "corrected",
      "registered",
    ]);
    expect(body.total).toBe(7);
    expect(body.items[0]).toMatchObject({
      actorName: "Test User",
      move: {
        kind: "within_district",
        fromMunicipalityAgs: testGeography.bramsche.municipalityAgs,
        toMunicipalityAgs: testGeography.melle.municipalityAgs,
        hasNote: true,
      },
    });
    expect(body.items[2].consent).toEqual({
      purpose: "counselling",
      channel: "in_person",
      recipientOrganisationCount: 0,
      recipientProviderTypes: [],
    });
    expect(body.items[5].fields).toEqual(["familyName"]);
    expect(body.items[6].fields).toEqual(expect.arrayContaining(["familyName", "givenName", "phone"]));
    const text = JSON.stringify(body);
    for (const content of ["Kowalenko", "Shevchenko", "Sprachkurs", "123456", other])
      expect(text).not.toContain(content);

    const reads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, id)));
    expect(reads.map((event) => event.detail)).toEqual([{ part: "timeline" }]);

    const page = (await timeline(id, melle, "?page=2&pageSize=3")).json();
    expect(page.items.map((entry: { kind: string }) => entry.kind)).toEqual([
      "household_changed",
      "first_contact",
      "corrected",
    ]);
    const pastTheEnd = (await timeline(id, melle, "?page=9&pageSize=3")).json();
    expect(pastTheEnd).toMatchObject({ items: [], total: 7 });
  });

  it("records merges and their undoing with this record's role, and is 404 outside the scope", async () => {
    const survivor = await register("Bondarenko");
    const merged = await register("Bondarenko");
    const result = await send("POST", `/api/persons/${survivor}/merges`, { otherId: merged });
    await send("POST", `/api/persons/${survivor}/merges/${result.merge.id}/undo`, {});
    const kept = (await timeline(survivor, bramsche.cookies)).json();
    expect(
      kept.items.slice(0, 2).map((entry: { kind: string; mergeRole: string }) => [entry.kind, entry.mergeRole]),
    ).toEqual([
      ["merge_undone", "survivor"],
      ["merged", "survivor"],
    ]);
    const other = (await timeline(merged, bramsche.cookies)).json();
    expect(other.items[1]).toMatchObject({ kind: "merged", mergeRole: "merged" });
    expect(JSON.stringify(other)).not.toContain(survivor);
    expect((await timeline(survivor, melle)).statusCode).toBe(404);
  });
});
