import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { TAssessment } from "../../../common/counselling/assessment-schemas.js";
import type { TQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { textIn } from "../../../common/counselling/questionnaire-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { personQuery } from "../../arrival/person-queries.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import printClasses from "../../ui/print.module.css";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { AssessmentAnswers } from "./assessment-answers.js";
import { AssessmentChanges } from "./assessment-changes.js";
import { assessmentQuery, needsProfileQuery, questionnaireQuery } from "./assessment-queries.js";
import { InterviewForm } from "./interview-form.js";
import { NeedsList } from "./needs-list.js";

function CompletedAssessment({
  assessment,
  definition,
}: {
  assessment: TAssessment;
  definition: TQuestionnaireDefinition;
}) {
  const { t } = useTranslation();
  const formatMoment = useDateTimeFormat();
  const profile = useQuery(needsProfileQuery(assessment.personId));
  const isCurrentProfile = profile.data?.assessmentId === assessment.id;
  const completedBy = assessment.completedBy?.displayName ?? t("counselling.assessment.unknownStaff");
  return (
    <Stack gap="lg">
      <Text role="status">
        {t("counselling.assessment.completedOn", {
          date: assessment.completedAt ? formatMoment(assessment.completedAt) : "",
          name: completedBy,
        })}
      </Text>
      {isCurrentProfile && profile.data ? (
        <Paper component="section" withBorder p="md" radius="md" aria-labelledby="needs-found-heading">
          <Title order={2} size="h4" mb="sm" id="needs-found-heading">
            {t("counselling.needs.title")}
          </Title>
          {profile.data.needs.length === 0 ? (
            <Text>{t("counselling.needs.none")}</Text>
          ) : (
            <NeedsList needs={profile.data.needs} />
          )}
        </Paper>
      ) : null}
      <AssessmentChanges assessmentId={assessment.id} definition={definition} />
      <AssessmentAnswers definition={definition} answers={assessment.answers} />
    </Stack>
  );
}

/**
 * One needs assessment: in progress, the interview (one section at a time, resumed where it
 * stopped); completed, the needs it found, what changed since the one before, and the answers.
 */
export function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const { id = "", assessmentId = "" } = useParams();
  const assessment = useQuery(assessmentQuery(assessmentId));
  const person = useQuery(personQuery(id));
  const definition = useQuery({
    ...questionnaireQuery(assessment.data?.questionnaireKey ?? "", assessment.data?.questionnaireVersion ?? 0),
    enabled: assessment.data !== undefined,
  });
  const back = (
    <Text className={printClasses.screenOnly}>
      <Anchor component={Link} to={`/counselling/persons/${id}`}>
        {t("counselling.assessment.backToFile")}
      </Anchor>
    </Text>
  );
  if (assessment.error instanceof ApiError && assessment.error.status === 404) {
    return (
      <>
        <PageHeader title={t("counselling.assessment.notFound")} />
        {back}
      </>
    );
  }
  const failed = assessment.error ?? definition.error ?? person.error;
  if (failed) {
    return (
      <>
        <PageHeader title={t("counselling.assessment.title")} />
        <ProblemAlert error={failed} onRetry={() => void Promise.all([assessment.refetch(), person.refetch()])} />
      </>
    );
  }
  if (!assessment.data || !definition.data || !person.data) return <LoadingState />;
  const name = [person.data.givenName, person.data.familyName].filter((part) => part !== "").join(" ");
  const title = textIn(definition.data.title, i18n.language);
  return (
    <>
      <PageHeader
        title={`${title}: ${name}`}
        description={
          assessment.data.status === "completed"
            ? t("counselling.assessment.completed")
            : t("counselling.assessment.inProgress")
        }
      />
      <Stack gap="md">
        {back}
        {assessment.data.status === "completed" ? (
          <CompletedAssessment assessment={assessment.data} definition={definition.data} />
        ) : (
          <InterviewForm definition={definition.data} assessment={assessment.data} />
        )}
      </Stack>
    </>
  );
}
