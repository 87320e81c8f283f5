import { Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type TQuestionnaireDefinition, textIn } from "../../../common/counselling/questionnaire-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { useFormatters } from "../../ui/use-formatters.js";
import { formatAnswer } from "./answer-format.js";
import { assessmentChangesQuery } from "./assessment-queries.js";
import { PriorityBadge } from "./needs-list.js";

/** A re-assessment beside the one before: answers changed, needs new, gone or re-prioritised. */
export function AssessmentChanges({
  assessmentId,
  definition,
}: {
  assessmentId: string;
  definition: TQuestionnaireDefinition;
}) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const formatMoment = useDateTimeFormat();
  const changes = useQuery(assessmentChangesQuery(assessmentId));
  const questions = new Map(definition.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)));
  const format = (id: string, value: Parameters<typeof formatAnswer>[1]) =>
    formatAnswer(questions.get(id), value, { language: i18n.language, t, formatDate });
  let body: ReactNode;
  if (changes.isPending) body = <LoadingState />;
  else if (changes.isError) body = <ProblemAlert error={changes.error} onRetry={() => void changes.refetch()} />;
  else if (!changes.data.previous) body = <Text>{t("counselling.changes.first")}</Text>;
  else {
    const { answers, needsAdded, needsRemoved, needsReprioritised, previous } = changes.data;
    body = (
      <Stack gap="md">
        <Text size="sm">
          {t("counselling.changes.since", { date: previous.completedAt ? formatMoment(previous.completedAt) : "" })}
        </Text>
        {answers.length === 0 ? (
          <Text>{t("counselling.changes.noAnswers")}</Text>
        ) : (
          <Table>
            <Table.Caption>{t("counselling.changes.answersCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("counselling.changes.question")}</Table.Th>
                <Table.Th scope="col">{t("counselling.changes.before")}</Table.Th>
                <Table.Th scope="col">{t("counselling.changes.after")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answers.map((answer) => (
                <Table.Tr key={answer.questionId}>
                  <Table.Th scope="row">{textIn(answer.label, i18n.language)}</Table.Th>
                  <Table.Td>{format(answer.questionId, answer.before)}</Table.Td>
                  <Table.Td>{format(answer.questionId, answer.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {[
          { title: t("counselling.changes.needsAdded"), items: needsAdded },
          { title: t("counselling.changes.needsRemoved"), items: needsRemoved },
        ].map((group) => (
          <div key={group.title}>
            <Title order={3} size="h5">
              {group.title}
            </Title>
            {group.items.length === 0 ? (
              <Text size="sm">{t("counselling.changes.none")}</Text>
            ) : (
              <List listStyleType="none" pl={0} spacing={4}>
                {group.items.map((need) => (
                  <List.Item key={need.code}>
                    <Group gap="xs" wrap="nowrap">
                      <PriorityBadge priority={need.priority} />
                      <Text size="sm">{textIn(need.reason, i18n.language)}</Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
        {needsReprioritised.length > 0 ? (
          <div>
            <Title order={3} size="h5">
              {t("counselling.changes.needsReprioritised")}
            </Title>
            <List listStyleType="none" pl={0} spacing={4}>
              {needsReprioritised.map((need) => (
                <List.Item key={need.code}>
                  <Group gap="xs" wrap="nowrap">
                    <PriorityBadge priority={need.priorityBefore} />
                    <Text size="sm" aria-hidden>
                      →
                    </Text>
                    <PriorityBadge priority={need.priority} />
                    <Text size="sm">{textIn(need.reason, i18n.language)}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
      </Stack>
    );
  }
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="assessment-changes-heading">
      <Title order={2} size="h4" mb="sm" id="assessment-changes-heading">
        {t("counselling.changes.title")}
      </Title>
      {body}
    </Paper>
  );
}
