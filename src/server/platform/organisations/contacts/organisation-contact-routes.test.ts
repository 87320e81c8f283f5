import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOrganisationContact } from "../../../../common/platform/organisation-contact-schemas.js";
import { buildOrganisation, buildUser, testGeography } from "../../../testing/factories.js";
import { buildMember, buildProvider } from "../../../testing/people-factories.js";
import { signInAs } from "../../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { auditEvents } from "../../audit/audit-tables.js";

let t: TTestApp;
let admin: Record<string, string>;
let providerAdmin: Record<string, string>;
let unitId: string;
let providerId: string;

const contact = {
  officeName: "Bürgerbüro Bramsche",
  street: "Hasestraße 11",
  postalCode: "49565",
  city: "Bramsche",
  phone: "05461 000-100",
  email: "buergerbuero@example.org",
  website: "https://bramsche.example.org",
  openingHours: "Mo–Fr 8–12 Uhr\nDo 14–18 Uhr",
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  admin = await signInAs(db, (await buildUser(db, { role: "administrator" })).user.id);
  unitId = (await buildOrganisation(db, { kind: "municipal_unit", municipalUnitKey: testGeography.bramsche.unitKey }))
    .id;
  const provider = await buildProvider(db);
  providerId = provider.id;
  providerAdmin = await signInAs(
    db,
    (await buildMember(db, { organisationId: provider.id, role: "provider_admin" })).id,
  );
});
afterAll(() => t.close());

function put(id: string, body: Record<string, unknown>, cookies = admin) {
  return t.app.inject({ method: "PUT", url: `/api/organisations/${id}/contact`, cookies, payload: body });
}

describe("contact points of municipal units", () => {
  it("starts empty, is saved by an administrator and audited with the changed fields only", async () => {
    const empty = await t.app.inject({ method: "GET", url: `/api/organisations/${unitId}/contact`, cookies: admin });
    expect(ZOrganisationContact.parse(empty.json())).toMatchObject({ officeName: null, updatedAt: null });

    const saved = await put(unitId, contact);
    expect(saved.statusCode).toBe(200);
    expect(ZOrganisationContact.parse(saved.json())).toMatchObject(contact);

    expect((await put(unitId, { ...contact, phone: "05461 000-200", website: "" })).json()).toMatchObject({
      phone: "05461 000-200",
      website: null,
    });
    const events = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, unitId), eq(auditEvents.action, "organisation.update")));
    expect(events.map((event) => event.detail)).toEqual([
      { fields: Object.keys(contact).map((field) => `contact.${field}`) },
      { fields: ["contact.phone", "contact.website"] },
    ]);
  });

  it("answers 422 at the field for a bad phone number, postal code, e-mail or website", async () => {
    const response = await put(unitId, {
      ...contact,
      phone: "call us",
      postalCode: "4956",
      email: "no-at-sign",
      website: "ftp://x.example.org",
    });
    expect(response.statusCode).toBe(422);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers.sort()).toEqual(["/body/email", "/body/phone", "/body/postalCode", "/body/website"]);
  });

  it("keeps providers out: not a field of their kind, and no administration of other organisations", async () => {
    expect((await put(providerId, contact)).statusCode).toBe(422);
    expect((await put(unitId, contact, providerAdmin)).statusCode).toBe(403);
    expect((await put(providerId, contact, providerAdmin)).statusCode).toBe(422);
  });
});
