import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import {
  buildConceptPeople,
  buildMeasureBody,
  buildSend,
  buildSubGoalBody,
  periodBody,
  pointersOf,
  type TSend,
} from "./concept-test-helpers.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;

beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  people = await buildConceptPeople(t.database.db);
});
afterAll(() => t.close());

async function created(response: Awaited<ReturnType<TSend>>) {
  expect(response.statusCode).toBe(201);
  return response.json();
}

/** A draft period with one statement (Sprache) and one sub-goal. */
async function buildConcept() {
  const period = await created(await send("POST", "/api/steering/concept-periods", people.coordinator, periodBody));
  const statement = await created(
    await send("POST", `/api/steering/concept-periods/${period.id}/statements`, people.coordinator, {
      fieldOfActionCode: "sprache",
      guidingPrinciple: "Alle Neuzugewanderten lernen Deutsch.",
      challenges: "Wartezeiten auf Integrationskurse",
    }),
  );
  const subGoal = await created(
    await send(
      "POST",
      `/api/steering/statements/${statement.id}/sub-goals`,
      people.coordinator,
      buildSubGoalBody({ responsibleOrganisationId: people.districtOffice.id }),
    ),
  );
  return { period, statement, subGoal };
}

describe("concept parts: statements", () => {
  it("adds one statement per field of action and refuses an unknown field", async () => {
    const { period, statement } = await buildConcept();
    expect(statement).toMatchObject({ fieldOfActionCode: "sprache", version: 1 });
    const url = `/api/steering/concept-periods/${period.id}/statements`;
    const again = await send("POST", url, people.coordinator, { fieldOfActionCode: "sprache", guidingPrinciple: "x" });
    expect(pointersOf(again)).toEqual(["/body/fieldOfActionCode"]);
    expect(again.json().errors[0].detail).toBe(
      "Für dieses Handlungsfeld gibt es in diesem Zeitraum schon einen Eintrag.",
    );
    const unknown = await send("POST", url, people.coordinator, {
      fieldOfActionCode: "raumfahrt",
      guidingPrinciple: "x",
    });
    expect(pointersOf(unknown)).toEqual(["/body/fieldOfActionCode"]);
    const empty = await send("POST", url, people.coordinator, { fieldOfActionCode: "arbeit", guidingPrinciple: " " });
    expect(pointersOf(empty)).toEqual(["/body/guidingPrinciple"]);
    expect((await send("POST", url, people.contentEditor, { fieldOfActionCode: "arbeit" })).statusCode).toBe(403);
  });

  it("updates at the version read and deletes only without sub-goals", async () => {
    const { statement, subGoal } = await buildConcept();
    const url = `/api/steering/statements/${statement.id}`;
    const body = { guidingPrinciple: "Deutsch für alle.", challenges: "", version: 1 };
    const updated = await send("PUT", url, people.coordinator, body);
    expect(updated.json()).toMatchObject({ guidingPrinciple: "Deutsch für alle.", challenges: null, version: 2 });
    expect((await send("PUT", url, people.coordinator, body)).statusCode).toBe(409);
    expect((await send("DELETE", `${url}?version=2`, people.coordinator)).statusCode).toBe(409);
    expect(
      (await send("DELETE", `/api/steering/sub-goals/${subGoal.id}?version=1`, people.coordinator)).statusCode,
    ).toBe(204);
    expect((await send("DELETE", `${url}?version=1`, people.coordinator)).statusCode).toBe(409);
    expect((await send("DELETE", `${url}?version=2`, people.coordinator)).statusCode).toBe(204);
    expect((await send("GET", url, people.coordinator)).statusCode).toBe(404);
  });
});

describe("concept parts: sub-goals", () => {
  it("stores indicator, baseline, targets in year order and the responsible organisation", async () => {
    const { subGoal } = await buildConcept();
    expect(subGoal).toMatchObject({
      number: 1,
      indicatorKey: "first_interview_within_target_share",
      baseline: { value: 48.5, year: 2017, source: "Fallakten Migrationszentrum" },
      targets: [
        { year: 2020, value: 65 },
        { year: 2022, value: 80 },
      ],
      responsibleOrganisation: { id: people.districtOffice.id, name: people.districtOffice.name },
      measures: [],
    });
  });

  it("names the broken fields: years outside the period, duplicate targets, unknown organisation, taken number", async () => {
    const { statement } = await buildConcept();
    const url = `/api/steering/statements/${statement.id}/sub-goals`;
    const invalid = buildSubGoalBody({
      number: 1,
      baseline: { value: 10, year: 2024, source: null },
      targets: [
        { year: 2016, value: 1 },
        { year: 2020, value: 2 },
      ],
      responsibleOrganisationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(pointersOf(await send("POST", url, people.coordinator, invalid))).toEqual([
      "/body/baseline/year",
      "/body/number",
      "/body/responsibleOrganisationId",
      "/body/targets/0/year",
    ]);
    const duplicates = buildSubGoalBody({
      indicatorKey: "happiness",
      targets: [
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
      ],
    });
    const response = await send("POST", url, people.coordinator, duplicates, "en");
    expect(pointersOf(response)).toEqual(["/body/indicatorKey", "/body/targets/1/year"]);
    expect(response.json().errors.find((error: { pointer: string }) => error.pointer.includes("targets")).detail).toBe(
      "There is already a target for this year.",
    );
  });

  it("numbers the next sub-goal, updates at the version read and records the values in the history", async () => {
    const { period, statement, subGoal } = await buildConcept();
    const second = await created(
      await send("POST", `/api/steering/statements/${statement.id}/sub-goals`, people.coordinator, buildSubGoalBody()),
    );
    expect(second.number).toBe(2);
    const url = `/api/steering/sub-goals/${subGoal.id}`;
    const body = { ...buildSubGoalBody({ targets: [{ year: 2022, value: 90 }] }), number: 1, version: 1 };
    const updated = await send("PUT", url, people.coordinator, body);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ targets: [{ year: 2022, value: 90 }], responsibleOrganisation: null });
    expect((await send("PUT", url, people.coordinator, body)).statusCode).toBe(409);
    const taken = await send("PUT", url, people.coordinator, { ...body, number: 2, version: 2 });
    expect(pointersOf(taken)).toEqual(["/body/number"]);

    const history = (
      await send("GET", `/api/steering/concept-periods/${period.id}/history`, people.coordinator)
    ).json();
    const change = history.items.find(
      (item: { subjectId: string; kind: string }) => item.subjectId === subGoal.id && item.kind === "changed",
    );
    expect(change.fields).toEqual(["responsibleOrganisationId", "targets"]);
    expect(change.values.responsibleOrganisationId).toEqual({ from: people.districtOffice.id, to: null });
  });
});

describe("concept parts: measures", () => {
  it("stores partners, municipalities, timeline, status, budget and progress; the tree shows them", async () => {
    const { period, subGoal } = await buildConcept();
    const measure = await created(
      await send(
        "POST",
        `/api/steering/sub-goals/${subGoal.id}/measures`,
        people.coordinator,
        buildMeasureBody({
          responsibleOrganisationId: people.providerA.id,
          partnerOrganisationIds: [people.providerB.id, people.districtOffice.id],
        }),
      ),
    );
    expect(measure).toMatchObject({
      number: 1,
      responsibleOrganisation: { id: people.providerA.id },
      partnerOrganisations: [{ id: people.providerB.id }, { id: people.districtOffice.id }],
      municipalityAgs: ["03459014", "03459024"],
      startsOn: "2019-03-01",
      endsOn: "2021-12-31",
      status: "running",
      budgetEur: 12500.5,
    });
    const tree = (await send("GET", `/api/steering/concept-periods/${period.id}`, people.coordinator)).json();
    expect(tree.statements[0].subGoals[0].measures.map((item: { id: string }) => item.id)).toEqual([measure.id]);
    expect((await send("GET", `/api/steering/measures/${measure.id}`, people.coordinator)).json().title).toBe(
      measure.title,
    );
  });

  it("names the broken fields of a measure", async () => {
    const { subGoal } = await buildConcept();
    const response = await send(
      "POST",
      `/api/steering/sub-goals/${subGoal.id}/measures`,
      people.coordinator,
      buildMeasureBody({
        partnerOrganisationIds: [people.providerA.id, people.providerA.id],
        startsOn: "2021-02-30",
        budgetEur: 10.005,
        status: "paused",
      }),
    );
    expect(pointersOf(response)).toEqual([
      "/body/budgetEur",
      "/body/partnerOrganisationIds/1",
      "/body/startsOn",
      "/body/status",
    ]);
    const references = await send(
      "POST",
      `/api/steering/sub-goals/${subGoal.id}/measures`,
      people.coordinator,
      buildMeasureBody({
        municipalityAgs: ["03459014", "09162000"],
        partnerOrganisationIds: ["00000000-0000-4000-8000-000000000000"],
      }),
    );
    expect(pointersOf(references)).toEqual(["/body/municipalityAgs/1", "/body/partnerOrganisationIds/0"]);
    const timeline = await send(
      "POST",
      `/api/steering/sub-goals/${subGoal.id}/measures`,
      people.coordinator,
      buildMeasureBody({ startsOn: "2022-01-01", endsOn: "2021-12-31" }),
    );
    expect(pointersOf(timeline)).toEqual(["/body/endsOn"]);
    expect(timeline.json().errors[0].detail).toBe("Das Ende darf nicht vor dem Beginn liegen.");
  });

  it("updates at the version read, audits, and freezes the parts of a closed period", async () => {
    const { period, statement, subGoal } = await buildConcept();
    const measure = await created(
      await send("POST", `/api/steering/sub-goals/${subGoal.id}/measures`, people.coordinator, buildMeasureBody()),
    );
    const url = `/api/steering/measures/${measure.id}`;
    const body = { ...buildMeasureBody({ status: "done", municipalityAgs: [] }), number: 1, version: 1 };
    const updated = await send("PUT", url, people.coordinator, body);
    expect(updated.json()).toMatchObject({ status: "done", municipalityAgs: [], version: 2 });
    expect((await send("PUT", url, people.coordinator, body)).statusCode).toBe(409);

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, measure.id));
    expect(events.find((event) => event.action === "steering_concept.update")?.detail).toEqual({
      periodId: period.id,
      part: "measure",
      fields: ["municipalityAgs", "status"],
    });

    const periodUrl = `/api/steering/concept-periods/${period.id}`;
    const periodUpdate = { ...periodBody, version: 1 };
    expect((await send("PUT", periodUrl, people.coordinator, { ...periodUpdate, status: "active" })).statusCode).toBe(
      200,
    );
    const closing = await send("PUT", periodUrl, people.coordinator, { ...periodUpdate, status: "closed", version: 2 });
    expect(closing.statusCode).toBe(200);
    const frozen = await send("PUT", url, people.coordinator, { ...body, version: 2 });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().title).toBe("Der Konzeptzeitraum ist abgeschlossen.");
    expect((await send("DELETE", `${url}?version=2`, people.coordinator)).statusCode).toBe(409);
    const statementUrl = `/api/steering/statements/${statement.id}/sub-goals`;
    expect((await send("POST", statementUrl, people.coordinator, buildSubGoalBody())).statusCode).toBe(409);
    expect((await send("GET", url, people.coordinator)).statusCode).toBe(200);
  });
});
