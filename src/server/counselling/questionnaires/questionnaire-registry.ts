import type { TQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { firstInterviewV1 } from "./definitions/first-interview-v1.js";
import type { TNeedRule } from "./needs-rules.js";

type TRegistered = { definition: TQuestionnaireDefinition; rules: TNeedRule[] };

/** Every version of every questionnaire ever used: answers are read under the version they were given in. */
const registered: readonly TRegistered[] = [firstInterviewV1];

export function findQuestionnaire(key: string, version: number): TRegistered | undefined {
  return registered.find((entry) => entry.definition.key === key && entry.definition.version === version);
}

export function questionnaireOrThrow(key: string, version: number): TRegistered {
  const found = findQuestionnaire(key, version);
  if (!found) throw new HttpProblem(404, "notFound");
  return found;
}

/** The version new assessments of a questionnaire start under: the highest registered. */
export function currentQuestionnaire(key: string): TRegistered | undefined {
  return registered
    .filter((entry) => entry.definition.key === key)
    .sort((a, b) => b.definition.version - a.definition.version)[0];
}

export function listQuestionnaires(): readonly TRegistered[] {
  return registered;
}
