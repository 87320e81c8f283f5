import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { validateAnswers } from "../../../common/counselling/answer-validation.js";
import type { TAssessment } from "../../../common/counselling/assessment-schemas.js";
import { visibleQuestionIds } from "../../../common/counselling/questionnaire-conditions.js";
import {
  type TAnswers,
  type TAnswerValue,
  type TQuestionnaireDefinition,
  textIn,
} from "../../../common/counselling/questionnaire-schemas.js";
import { renderFieldMessage } from "../../../common/platform/field-messages.js";
import { ApiError } from "../../api/api-errors.js";
import { toFieldPath } from "../../forms/problem-field-errors.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useCompleteAssessment, useSaveAnswers } from "./assessment-queries.js";
import { QuestionField } from "./question-field.js";
import { SectionSteps } from "./section-steps.js";

type TDraft = Record<string, TAnswerValue | undefined>;
type TErrors = Record<string, string>;

function withDraft(answers: TAnswers, draft: TDraft): TAnswers {
  const merged: TAnswers = { ...answers };
  for (const [id, value] of Object.entries(draft)) {
    if (value === undefined) delete merged[id];
    else merged[id] = value;
  }
  return merged;
}

/** Server field problems (pointers /body/answers/<question>) by question id. */
function serverErrors(error: unknown): TErrors | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const errors: TErrors = {};
  for (const problem of error.problem?.errors ?? []) {
    const path = toFieldPath(problem.pointer, "body");
    if (path?.startsWith("answers.")) errors[path.slice("answers.".length)] = problem.detail;
  }
  return errors;
}

type TInterviewFormProps = { definition: TQuestionnaireDefinition; assessment: TAssessment };

/**
 * The staff-led interview, one section at a time: every step saves (so the interview resumes where
 * it stopped, on any device), the questions follow the conditions as answers change, and the last
 * step completes it. Errors appear at their question, in the UI language.
 */
export function InterviewForm({ definition, assessment }: TInterviewFormProps) {
  const { t, i18n } = useTranslation();
  const save = useSaveAnswers(assessment.id);
  const complete = useCompleteAssessment(assessment.id);
  const startIndex = Math.max(
    0,
    definition.sections.findIndex((section) => section.id === assessment.currentSectionId),
  );
  const [index, setIndex] = useState(startIndex);
  const [draft, setDraft] = useState<TDraft>({});
  const [errors, setErrors] = useState<TErrors>({});
  const today = todayInBerlin();
  const merged = withDraft(assessment.answers, draft);
  const visible = visibleQuestionIds(definition, merged, today);
  const section = definition.sections[index] ?? definition.sections[0];
  const isLast = index === definition.sections.length - 1;
  const isBusy = save.isPending || complete.isPending;
  if (!section) return null;

  function localErrors(sectionIds: Set<string>): TErrors {
    const issues = validateAnswers(definition, merged, { today, isCompleting: false });
    return Object.fromEntries(
      issues
        .filter((issue) => sectionIds.has(issue.questionId))
        .map((issue) => [issue.questionId, renderFieldMessage(issue.code, i18n.language)]),
    );
  }

  /** Saves what changed (only questions still shown; the server drops hidden answers) and where to resume. */
  async function saveDraft(targetIndex: number): Promise<TAssessment> {
    const changes = Object.fromEntries(
      Object.entries(draft)
        .filter(([id]) => visible.has(id))
        .map(([id, value]) => [id, value ?? null]),
    );
    const saved = await save.mutateAsync({
      answers: changes,
      currentSectionId: definition.sections[targetIndex]?.id ?? null,
      version: assessment.version,
    });
    setDraft({});
    return saved;
  }

  function showProblem(error: unknown) {
    const placed = serverErrors(error);
    if (!placed) return;
    setErrors(placed);
    const target = definition.sections.findIndex((candidate) => candidate.questions.some((q) => q.id in placed));
    if (target >= 0) setIndex(target);
  }

  async function goTo(targetIndex: number) {
    const found = localErrors(new Set(section?.questions.map((question) => question.id)));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveDraft(targetIndex);
      setIndex(targetIndex);
    } catch (error) {
      showProblem(error);
    }
  }

  async function finish() {
    const found = localErrors(new Set(Object.keys(merged)));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const saved = await saveDraft(index);
      await complete.mutateAsync(saved.version);
    } catch (error) {
      showProblem(error);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void (isLast ? finish() : goTo(index + 1));
  }

  const mutationError = save.error ?? complete.error;
  const hasUnplacedError = mutationError !== null && serverErrors(mutationError) === undefined;
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <SectionSteps
        definition={definition}
        answers={merged}
        visible={visible}
        currentIndex={index}
        isDisabled={isBusy}
        onSelect={(target) => void goTo(target)}
      />
      <Paper component="form" withBorder p="lg" radius="md" onSubmit={submit} noValidate style={{ flex: "1 1 28rem" }}>
        <Stack gap="lg">
          {assessment.source === "self_check" ? (
            <Text fw={700} role="note">
              {t("counselling.interview.fromSelfCheck")}
            </Text>
          ) : null}
          <div>
            <Text size="sm" c="dimmed">
              {t("counselling.interview.step", { current: index + 1, total: definition.sections.length })}
            </Text>
            <Title order={2}>{textIn(section.title, i18n.language)}</Title>
          </div>
          {section.questions
            .filter((question) => visible.has(question.id))
            .map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={merged[question.id]}
                error={errors[question.id]}
                onChange={(value) => setDraft((current) => ({ ...current, [question.id]: value }))}
              />
            ))}
          {hasUnplacedError ? <ProblemAlert error={mutationError} /> : null}
          <Group justify="space-between">
            <Button variant="default" size="md" disabled={index === 0 || isBusy} onClick={() => void goTo(index - 1)}>
              {t("counselling.interview.back")}
            </Button>
            <Button type="submit" size="md" loading={isBusy}>
              {isLast ? t("counselling.interview.complete") : t("counselling.interview.next")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Group>
  );
}
