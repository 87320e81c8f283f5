import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persons } from "../../arrival/arrival-tables.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { extractPdfStructure, extractPdfText, listPdfFontNames } from "../../testing/extract-pdf-text.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let cookies: Record<string, string>;
let providerId: string;
let providerName: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const unit = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  cookies = await signInAs(db, (await buildUser(db, { organisation: unit })).user.id);
  const provider = await buildProvider(db);
  providerId = provider.id;
  providerName = provider.name;
});
afterAll(() => t.close());

function call(method: "GET" | "POST", url: string, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

/** A person with an agreed plan: one language goal with a provider's course, one work goal without measures. */
async function buildAgreedPlan(preferredLanguage: string | null) {
  const person = await buildPerson(t.database.db);
  await t.database.db.update(persons).set({ givenName: "Olena", preferredLanguage }).where(eq(persons.id, person.id));
  const base = `/api/persons/${person.id}/integration-plan`;
  await call("POST", base, { nextReviewOn: "2025-09-15" });
  const language = await call("POST", `${base}/goals`, {
    version: 1,
    fieldOfActionCode: "sprache",
    title: "Deutsch auf B1",
  });
  await call("POST", `${base}/goals`, { version: 2, fieldOfActionCode: "arbeit", title: "Arbeit in der Pflege" });
  const goalId: string = language.json().plan.goals[0].id;
  await call("POST", `${base}/goals/${goalId}/measures`, {
    version: 3,
    title: "Integrationskurs",
    responsibleKind: "provider",
    responsibleOrganisationId: providerId,
    dueOn: "2025-12-31",
  });
  const agreed = await call("POST", `${base}/agreement`, { version: 4, agreedOn: "2025-05-02", agreedHow: "phone" });
  expect(agreed.statusCode).toBe(200);
  return { personId: person.id, familyName: person.familyName, base };
}

describe("GET /api/persons/:id/integration-plan/document", () => {
  it("prints the plan in German: goals by field of action, measures, agreement and signature lines; audited", async () => {
    const plan = await buildAgreedPlan(null);
    const response = await call("GET", `${plan.base}/document`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="integration-plan-de.pdf"');
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    for (const expected of [
      "Förderplan",
      `Olena ${plan.familyName}`,
      "Vereinbart am 2. Mai 2025 (telefonisch).",
      "Nächste Überprüfung: 15. September 2025",
      "Sprache",
      "Ziel: Deutsch auf B1",
      "Integrationskurs",
      `Zuständig: Träger: ${providerName}`,
      "Bis: 31. Dezember 2025",
      "Status: geplant",
      "Arbeit in der Pflege",
      "Noch keine Maßnahmen.",
      "Unterschrift der Person",
      "Unterschrift der Beratung",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf("Sprache")).toBeLessThan(text.indexOf("Arbeit in der Pflege"));
    const reads = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, plan.personId), eq(auditEvents.action, "integration_plan.read")));
    expect(reads.map((read) => read.detail)).toEqual([{ part: "document", language: "de" }]);
  });

  it("prints it in the person's preferred language, Ukrainian, and marks a change since the agreement", async () => {
    const plan = await buildAgreedPlan("uk-UA");
    const current = (await call("GET", plan.base)).json().plan;
    await t.app.inject({
      method: "PATCH",
      url: `${plan.base}/goals/${current.goals[0].id}`,
      cookies,
      payload: { version: current.version, status: "achieved" },
    });
    const response = await call("GET", `${plan.base}/document`);
    expect(response.headers["content-language"]).toBe("uk");
    const text = (await extractPdfText(response.rawPayload)).join(" ");
    expect(text).toContain("План інтеграції");
    expect(text).toContain("Цей план також є німецькою мовою.");
    expect(text).toContain("Погоджено 2 травня 2025 р. (телефоном).");
    expect(text).toContain("План було змінено після погодження.");
    expect(text).toContain("Мова");
    expect(text).toContain("Стан: досягнута");
    expect(text).toContain("Підпис особи");
  });

  it("prints Arabic right to left in the Arabic font, entered German titles kept readable", async () => {
    const plan = await buildAgreedPlan("de");
    const response = await call("GET", `${plan.base}/document?language=ar`);
    expect(response.headers["content-language"]).toBe("ar");
    expect(listPdfFontNames(response.rawPayload)).toContain("NotoSansArabic-Regular");
    expect((await extractPdfText(response.rawPayload)).join(" ")).toContain("Integrationskurs");
    const structure = await extractPdfStructure(response.rawPayload);
    expect(structure).toContainEqual({ role: "H1", text: "خطة الاندماج" });
    expect(structure).toContainEqual({ role: "P", text: "الهدف: Deutsch auf B1" });
    expect(structure).toContainEqual({ role: "P", text: "توقيع الشخص" });
  });

  it("is not found while the person has no plan yet", async () => {
    const person = await buildPerson(t.database.db);
    expect((await call("GET", `/api/persons/${person.id}/integration-plan/document`)).statusCode).toBe(404);
  });
});
