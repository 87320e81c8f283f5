import { and, asc, eq } from "drizzle-orm";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import type { TAnswers } from "../../common/counselling/questionnaire-schemas.js";
import { persons } from "../arrival/arrival-tables.js";
import { assessments, needs } from "../counselling/assessments/assessment-tables.js";
import { counsellingCases } from "../counselling/cases/case-tables.js";
import { deriveNeeds } from "../counselling/questionnaires/needs-rules.js";
import { currentQuestionnaire } from "../counselling/questionnaires/questionnaire-registry.js";
import { counsellingTasks } from "../counselling/tasks/task-tables.js";
import type { TDb } from "../platform/db/database.js";
import { municipalities } from "../platform/reference/reference-tables.js";
import type { TRandom } from "./random.js";

const dayInMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Four situations the migration centre meets often; each demo interview answers as one of them. */
function situations(today: string): TAnswers[] {
  const inWeeks = (weeks: number) => isoDay(Date.parse(`${today}T00:00:00Z`) + weeks * 7 * dayInMs);
  const common: TAnswers = {
    residence_counselling_wanted: false,
    housing_search: false,
    literate_latin: true,
    health_insurance: "statutory",
    family_doctor: true,
    health_support_wanted: false,
    mobility: ["bus_train"],
    max_travel_km: 20,
    available_times: ["mornings"],
    volunteering_interest: false,
    mentor_wanted: false,
    currently_working: "no",
    job_counselling_wanted: true,
  };
  return [
    {
      ...common,
      residence_category: "voruebergehender_schutz",
      permit_expiry: inWeeks(8),
      housing_situation: "own_flat",
      german_level: "A1",
      integration_course_status: "entitled",
      school_years: 11,
      highest_degree: "university",
      recognition_wanted: true,
      has_children: true,
      kita_place_needed: true,
      school_place_needed: false,
      childcare_constraint: true,
    },
    {
      ...common,
      residence_category: "schutz_anerkannt",
      permit_expiry: inWeeks(100),
      housing_situation: "collective_accommodation",
      german_level: "A2",
      integration_course_status: "attending",
      integration_course_type: "ik_allgemein",
      school_years: 9,
      highest_degree: "secondary",
      has_children: false,
      family_doctor: false,
    },
    {
      ...common,
      residence_category: "duldung",
      permit_expiry: inWeeks(4),
      housing_situation: "collective_accommodation",
      german_level: "none",
      integration_course_status: "none",
      literate_latin: false,
      school_years: 4,
      highest_degree: "primary",
      has_children: true,
      kita_place_needed: false,
      school_place_needed: true,
      childcare_constraint: false,
      work_permit: "unclear",
      health_insurance: "asylblg",
    },
    {
      ...common,
      residence_category: "fachkraft",
      permit_expiry: inWeeks(150),
      housing_situation: "own_flat",
      german_level: "B1",
      integration_course_status: "completed",
      integration_course_type: "ik_allgemein",
      dtz_result: "b1",
      school_years: 12,
      highest_degree: "vocational",
      recognition_wanted: true,
      has_children: false,
      currently_working: "part_time",
      volunteering_interest: true,
    },
  ];
}

export type TDemoCounsellingSummary = { cases: number; assessments: number; needs: number; tasks: number };

/**
 * Counselling as the municipal caseworker login finds it: 40 newcomers of their municipal unit
 * with a case at the unit; four in five had their first interview (one of four typical
 * situations, needs derived by the real rules), the rest wait for it; half the cases are the
 * login's own; every third interviewed person has a follow-up, some overdue. Ids come from the
 * seeded generator, so referrals can name the same needs on every run.
 */
export async function seedDemoCounselling(
  db: TDb,
  random: TRandom,
  desk: { organisationId: string; municipalUnitKey: string; caseworkerUserId: string },
): Promise<TDemoCounsellingSummary> {
  const registered = currentQuestionnaire("first-interview");
  if (!registered) throw new Error("the first interview is not registered");
  const today = todayInBerlin();
  const answerSets = situations(today);
  const chosen = await db
    .select({ id: persons.id, createdAt: persons.createdAt })
    .from(persons)
    .innerJoin(municipalities, eq(municipalities.ags, persons.municipalityAgs))
    .where(and(eq(municipalities.municipalUnitKey, desk.municipalUnitKey), eq(persons.status, "active")))
    .orderBy(asc(persons.id))
    .limit(40);
  const summary: TDemoCounsellingSummary = { cases: 0, assessments: 0, needs: 0, tasks: 0 };
  await db.transaction(async (tx) => {
    for (const [index, person] of chosen.entries()) {
      const isInterviewed = index % 5 !== 4;
      await tx.insert(counsellingCases).values({
        id: random.uuid(),
        personId: person.id,
        status: isInterviewed ? "active" : "open",
        deskOrganisationId: desk.organisationId,
        assigneeUserId: index % 2 === 0 ? desk.caseworkerUserId : null,
        openedBy: desk.caseworkerUserId,
      });
      summary.cases += 1;
      if (!isInterviewed) continue;
      const answers = answerSets[index % answerSets.length] ?? {};
      const completedAt = new Date(Math.min(Date.now(), person.createdAt.getTime() + 3 * dayInMs));
      const [assessment] = await tx
        .insert(assessments)
        .values({
          id: random.uuid(),
          personId: person.id,
          questionnaireKey: registered.definition.key,
          questionnaireVersion: registered.definition.version,
          source: "interview",
          status: "completed",
          answers,
          startedBy: desk.caseworkerUserId,
          startedAt: completedAt,
          completedBy: desk.caseworkerUserId,
          completedAt,
        })
        .returning({ id: assessments.id });
      if (!assessment) throw new Error("assessment not written");
      summary.assessments += 1;
      const derived = deriveNeeds(registered.rules, answers, today);
      if (derived.length > 0) {
        await tx
          .insert(needs)
          .values(
            derived.map((need) => ({ ...need, id: random.uuid(), personId: person.id, assessmentId: assessment.id })),
          );
        summary.needs += derived.length;
      }
      if (index % 3 === 0) {
        const dueOn = isoDay(Date.now() + (index % 2 === 0 ? -2 : 7) * dayInMs);
        await tx.insert(counsellingTasks).values({
          id: random.uuid(),
          personId: person.id,
          kind: "follow_up",
          title: "Stand des Integrationskurses nachfragen",
          fieldOfActionCode: "sprache",
          dueOn,
          assigneeUserId: desk.caseworkerUserId,
          createdBy: desk.caseworkerUserId,
        });
        summary.tasks += 1;
      }
    }
  });
  return summary;
}
