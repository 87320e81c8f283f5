import type { TAssessmentChanges, TNeedPriority } from "../../../common/counselling/assessment-schemas.js";
import type {
  TAnswers,
  TAnswerValue,
  TQuestionnaireDefinition,
  TText,
} from "../../../common/counselling/questionnaire-schemas.js";

type TNeedLike = { fieldOfAction: string; code: string; priority: TNeedPriority; reason: TText };

type TSide = { definition: TQuestionnaireDefinition; answers: TAnswers; needs: readonly TNeedLike[] };

function sameAnswer(a: TAnswerValue | undefined, b: TAnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return a === b;
}

function questionLabels(definition: TQuestionnaireDefinition): Map<string, TText> {
  return new Map(definition.sections.flatMap((section) => section.questions.map((q) => [q.id, q.label] as const)));
}

const brief = ({ fieldOfAction, code, priority, reason }: TNeedLike) => ({ fieldOfAction, code, priority, reason });

/**
 * What changed from one completed assessment to the next: answers by question id (in the newer
 * version's order, then questions only the older version asked), needs added, gone and re-prioritised.
 * Versions may differ; a question's label comes from the version that asked it.
 */
export function diffAssessments(
  assessmentId: string,
  previous: (TSide & { id: string; completedAt: string | null }) | null,
  current: TSide,
): TAssessmentChanges {
  const base = { assessmentId, answers: [], needsAdded: [], needsRemoved: [], needsReprioritised: [] };
  if (!previous) return { ...base, previous: null, needsAdded: current.needs.map(brief) };
  const labels = new Map([...questionLabels(previous.definition), ...questionLabels(current.definition)]);
  const answers: TAssessmentChanges["answers"] = [];
  for (const [questionId, label] of labels) {
    const before = previous.answers[questionId];
    const after = current.answers[questionId];
    if (!sameAnswer(before, after)) answers.push({ questionId, label, before: before ?? null, after: after ?? null });
  }
  const previousByCode = new Map(previous.needs.map((need) => [need.code, need]));
  const currentCodes = new Set(current.needs.map((need) => need.code));
  return {
    ...base,
    previous: { id: previous.id, completedAt: previous.completedAt, questionnaireVersion: previous.definition.version },
    answers,
    needsAdded: current.needs.filter((need) => !previousByCode.has(need.code)).map(brief),
    needsRemoved: previous.needs.filter((need) => !currentCodes.has(need.code)).map(brief),
    needsReprioritised: current.needs.flatMap((need) => {
      const before = previousByCode.get(need.code);
      return before && before.priority !== need.priority ? [{ ...brief(need), priorityBefore: before.priority }] : [];
    }),
  };
}
