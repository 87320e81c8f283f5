import { describe, expect, it } from "vitest";
import { pruneAnswers, validateAnswers } from "../../../common/counselling/answer-validation.js";
import { conditionHolds, visibleQuestionIds } from "../../../common/counselling/questionnaire-conditions.js";
import { ZQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { readReferenceFile, ZFieldOfActionRow } from "../../platform/reference/reference-files.js";
import { firstInterviewV1 } from "./definitions/first-interview-v1.js";
import { deriveNeeds } from "./needs-rules.js";
import { listQuestionnaires } from "./questionnaire-registry.js";

const { definition, rules } = firstInterviewV1;
const fieldsOfActionCodes = readReferenceFile("fields-of-action.csv", ZFieldOfActionRow).map((row) => row.code);
const today = "2026-06-01";

describe("the registered definitions", () => {
  it.each(listQuestionnaires().map((entry) => [`${entry.definition.key}@${entry.definition.version}`, entry] as const))(
    "%s is well formed: schema, unique ids, conditions naming earlier questions, options where choices are asked",
    (_name, entry) => {
      expect(ZQuestionnaireDefinition.safeParse(entry.definition).success).toBe(true);
      const seen = new Set<string>();
      const named = (condition: unknown): string[] => {
        if (typeof condition !== "object" || condition === null) return [];
        const record = condition as Record<string, unknown>;
        if (Array.isArray(record.all)) return record.all.flatMap(named);
        if (Array.isArray(record.any)) return record.any.flatMap(named);
        if (record.not) return named(record.not);
        return [String(record.question)];
      };
      for (const section of entry.definition.sections) {
        expect(fieldsOfActionCodes).toContain(section.fieldOfAction);
        for (const question of section.questions) {
          expect(seen.has(question.id)).toBe(false);
          for (const id of named(question.showIf)) expect(seen.has(id), `${question.id} depends on ${id}`).toBe(true);
          seen.add(question.id);
          const hasOptions = (question.options?.length ?? 0) > 0;
          expect(hasOptions).toBe(question.type === "single_choice" || question.type === "multiple_choice");
        }
      }
      for (const rule of entry.rules) {
        expect(fieldsOfActionCodes).toContain(rule.fieldOfAction);
        for (const id of named(rule.when)) expect(seen.has(id), `rule ${rule.code} names ${id}`).toBe(true);
      }
      expect(new Set(entry.rules.map((rule) => rule.code)).size).toBe(entry.rules.length);
    },
  );

  it("covers the eight fields of action of counselling with sections", () => {
    const fields = new Set(definition.sections.map((section) => section.fieldOfAction));
    expect([...fields].sort()).toEqual(
      ["arbeit", "aufenthalt", "bildung", "gesundheit", "sprache", "teilhabe", "wohnen", "zivilgesellschaft"].sort(),
    );
  });
});

describe("conditions", () => {
  it("compare choices, several choices, CEFR levels, numbers and dates", () => {
    expect(conditionHolds({ question: "a", equals: "x" }, { a: "x" }, today)).toBe(true);
    expect(conditionHolds({ question: "a", equals: "x" }, { a: ["y", "x"] }, today)).toBe(true);
    expect(conditionHolds({ question: "a", in: ["x", "z"] }, { a: "y" }, today)).toBe(false);
    expect(conditionHolds({ question: "a", below: "B1" }, { a: "A2" }, today)).toBe(true);
    expect(conditionHolds({ question: "a", below: "B1" }, { a: "B1" }, today)).toBe(false);
    expect(conditionHolds({ question: "a", below: "A1" }, { a: "none" }, today)).toBe(true);
    expect(conditionHolds({ question: "a", lessThan: 3 }, { a: 2 }, today)).toBe(true);
    expect(conditionHolds({ question: "a", withinDays: 90 }, { a: "2026-08-01" }, today)).toBe(true);
    expect(conditionHolds({ question: "a", withinDays: 90 }, { a: "2027-08-01" }, today)).toBe(false);
    expect(conditionHolds({ question: "a", withinDays: 90 }, { a: "2025-01-01" }, today)).toBe(true);
  });

  it("treat an unanswered question as satisfying nothing but `answered: false`", () => {
    expect(conditionHolds({ question: "a", equals: false }, {}, today)).toBe(false);
    expect(conditionHolds({ not: { question: "a", equals: "x" } }, {}, today)).toBe(true);
    expect(conditionHolds({ question: "a", answered: false }, { a: "" }, today)).toBe(true);
  });

  it("hide a question whose condition rests on a hidden question's answer", () => {
    const visible = visibleQuestionIds(definition, { has_children: false, kita_place_needed: true }, today);
    expect(visible.has("kita_place_needed")).toBe(false);
    expect(visible.has("childcare_constraint")).toBe(false);
    expect(visibleQuestionIds(definition, { has_children: true }, today).has("childcare_constraint")).toBe(true);
  });
});

describe("answer validation", () => {
  it("names the wrong type, the unknown option, the out-of-range number, the impossible date, the unknown question", () => {
    const issues = validateAnswers(
      definition,
      {
        residence_category: "duldung",
        permit_expiry: "2026-02-30",
        housing_situation: "castle",
        household_size: 0,
        has_children: "yes",
        mobility: "car",
        shoe_size: 42,
      },
      { today, isCompleting: false },
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { questionId: "permit_expiry", code: "date_invalid" },
        { questionId: "housing_situation", code: "answer_unknown_option" },
        { questionId: "household_size", code: "answer_out_of_range" },
        { questionId: "has_children", code: "answer_wrong_type" },
        { questionId: "mobility", code: "answer_wrong_type" },
        { questionId: "shoe_size", code: "answer_unknown_question" },
      ]),
    );
    expect(issues).toHaveLength(6);
  });

  it("refuses an answer to a question its condition hides", () => {
    const issues = validateAnswers(
      definition,
      { residence_category: "eingebuergert", permit_expiry: "2027-01-01" },
      { today, isCompleting: false },
    );
    expect(issues).toEqual([{ questionId: "permit_expiry", code: "answer_hidden" }]);
  });

  it("asks for required questions only when completing, and only those shown", () => {
    expect(validateAnswers(definition, {}, { today, isCompleting: false })).toEqual([]);
    const missing = validateAnswers(definition, { has_children: false }, { today, isCompleting: true }).map(
      (issue) => issue.questionId,
    );
    expect(missing).toContain("residence_category");
    expect(missing).toContain("german_level");
    expect(missing).not.toContain("has_children");
    expect(missing).not.toContain("kita_place_needed");
  });

  it("prunes answers that an earlier change hid", () => {
    expect(pruneAnswers(definition, { has_children: false, kita_place_needed: true, work_wish: "" }, today)).toEqual({
      has_children: false,
    });
  });
});

describe("needs rules", () => {
  it("derive the needs with a reason, most urgent first", () => {
    const derived = deriveNeeds(
      rules,
      {
        residence_category: "voruebergehender_schutz",
        permit_expiry: "2026-07-15",
        german_level: "A1",
        integration_course_status: "entitled",
        literate_latin: true,
        has_children: true,
        kita_place_needed: true,
        family_doctor: false,
        volunteering_interest: true,
      },
      today,
    );
    expect(derived.map((need) => need.code)).toEqual([
      "permit_expiring",
      "integration_course",
      "kita_place",
      "family_doctor",
      "volunteering",
    ]);
    expect(derived[0]).toMatchObject({ fieldOfAction: "aufenthalt", priority: "high" });
    expect(derived[0]?.reason.de).toContain("drei Monaten");
  });

  it("suggest a job-related course from B1 on, not below", () => {
    const codes = (level: string) => deriveNeeds(rules, { german_level: level }, today).map((need) => need.code);
    expect(codes("B1")).toContain("job_language_course");
    expect(codes("A2")).not.toContain("job_language_course");
    expect(codes("C1")).not.toContain("job_language_course");
  });
});
