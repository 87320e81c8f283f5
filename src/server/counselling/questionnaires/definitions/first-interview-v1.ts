import type { TQuestionnaireDefinition } from "../../../../common/counselling/questionnaire-schemas.js";
import type { TNeedRule } from "../needs-rules.js";
import { text } from "./definition-builders.js";
import { arrivalSections } from "./first-interview-v1-arrival.js";
import { everydaySections } from "./first-interview-v1-everyday.js";
import { firstInterviewV1Rules } from "./first-interview-v1-rules.js";

/**
 * The first interview (Erstgespräch / Potenzialanalyse) of the district's migration centre,
 * version 1. Never change a published version: answers keep the version they were given under.
 * A change is a new file (version 2) registered beside this one.
 */
export const firstInterviewV1: { definition: TQuestionnaireDefinition; rules: TNeedRule[] } = {
  definition: {
    key: "first-interview",
    version: 1,
    title: text("Erstgespräch", "First interview"),
    sections: [...arrivalSections, ...everydaySections],
  },
  rules: firstInterviewV1Rules,
};
