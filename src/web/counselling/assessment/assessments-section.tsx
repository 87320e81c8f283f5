import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../api/api-errors.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { assessmentsQuery, needsProfileQuery, useStartAssessment } from "./assessment-queries.js";
import { NeedsList } from "./needs-list.js";
import { SelfCheckPanel } from "./self-check-panel.js";

/** The counselling file's needs: the current profile, the assessments so far, and starting or resuming the interview. */
export function AssessmentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatMoment = useDateTimeFormat();
  const list = useQuery(assessmentsQuery(personId));
  const profile = useQuery(needsProfileQuery(personId));
  const start = useStartAssessment(personId);
  const inProgress = list.data?.items.find((item) => item.status === "in_progress");
  const hasCompleted = list.data?.items.some((item) => item.status === "completed") ?? false;
  const toAssessment = (assessmentId: string) => `/counselling/persons/${personId}/assessments/${assessmentId}`;

  function startInterview() {
    start.mutate(undefined, { onSuccess: (created) => void navigate(toAssessment(created.id)) });
  }

  const isConflict = start.error instanceof ApiError && start.error.status === 409;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="needs-section-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="needs-section-heading">
          {t("counselling.needs.sectionTitle")}
        </Title>
        {inProgress ? (
          <Button component={Link} to={toAssessment(inProgress.id)}>
            {inProgress.source === "self_check"
              ? t("counselling.assessment.reviewSelfCheck")
              : t("counselling.assessment.resume")}
          </Button>
        ) : (
          <Button onClick={startInterview} loading={start.isPending} disabled={list.isPending}>
            {hasCompleted ? t("counselling.assessment.startAgain") : t("counselling.assessment.start")}
          </Button>
        )}
      </Group>
      {start.error && !isConflict ? <ProblemAlert error={start.error} /> : null}
      {list.isPending || profile.isPending ? (
        <LoadingState />
      ) : list.isError || profile.isError ? (
        <ProblemAlert
          error={list.error ?? profile.error}
          onRetry={() => void Promise.all([list.refetch(), profile.refetch()])}
        />
      ) : (
        <Stack gap="md">
          {profile.data.assessmentId === null ? (
            <Text>{t("counselling.needs.noProfile")}</Text>
          ) : profile.data.needs.length === 0 ? (
            <Text>{t("counselling.needs.none")}</Text>
          ) : (
            <NeedsList needs={profile.data.needs} />
          )}
          {list.data.items.length > 0 ? (
            <Table>
              <Table.Caption>{t("counselling.assessment.listCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("counselling.assessment.startedAt")}</Table.Th>
                  <Table.Th scope="col">{t("counselling.assessment.status")}</Table.Th>
                  <Table.Th scope="col">{t("counselling.assessment.by")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={toAssessment(item.id)}>
                        {formatMoment(item.startedAt)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {item.status === "completed" && item.completedAt
                        ? t("counselling.assessment.completedAt", { date: formatMoment(item.completedAt) })
                        : item.source === "self_check"
                          ? t("counselling.assessment.selfCheckDraft")
                          : t("counselling.assessment.inProgress")}
                    </Table.Td>
                    <Table.Td>{item.completedBy?.displayName ?? item.startedBy?.displayName ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <SelfCheckPanel personId={personId} canInvite={!inProgress} />
        </Stack>
      )}
    </Paper>
  );
}
