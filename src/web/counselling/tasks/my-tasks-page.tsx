import { Anchor, Badge, Checkbox, Group, Paper, Stack, Table, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TMyTask } from "../../../common/counselling/task-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { PageNavigation } from "../../ui/page-navigation.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useFormatters } from "../../ui/use-formatters.js";
import { describeTaskKind } from "./task-labels.js";
import { myTasksQuery, type TMyTasksFilter } from "./task-queries.js";

const pageSize = 20;

function MyTasksTable({ tasks, filter, onSort }: { tasks: TMyTask[]; filter: TMyTasksFilter; onSort: () => void }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const isAscending = filter.sort === "dueOn";
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t("counselling.tasks.myTasks.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" aria-sort={isAscending ? "ascending" : "descending"}>
              <UnstyledButton onClick={onSort} fw={700} fz="sm">
                {t("counselling.tasks.dueOn")} {isAscending ? "↑" : "↓"}
              </UnstyledButton>
            </Table.Th>
            <Table.Th scope="col">{t("counselling.tasks.taskTitle")}</Table.Th>
            <Table.Th scope="col">{t("counselling.tasks.kind")}</Table.Th>
            <Table.Th scope="col">{t("counselling.tasks.myTasks.person")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <span>{formatDate(task.dueOn)}</span>
                  {task.isOverdue ? (
                    <Badge variant="filled" color="red.9" size="sm">
                      {t("counselling.tasks.overdue")}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{task.title}</Table.Td>
              <Table.Td>{describeTaskKind(task.kind, t)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/counselling/persons/${task.person.id}`}>
                  {task.person.displayName}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Meine Aufgaben: my open tasks and follow-ups across files, overdue ones marked, soonest due first. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TMyTasksFilter>({ overdueOnly: false, dueUntil: "", sort: "dueOn", page: 1 });
  const tasks = useQuery(myTasksQuery(filter));
  const update = (change: Partial<TMyTasksFilter>) => setFilter((current) => ({ ...current, page: 1, ...change }));
  const pages = Math.ceil((tasks.data?.total ?? 0) / pageSize);

  function body() {
    if (tasks.isPending) return <LoadingState />;
    if (tasks.isError) return <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
    if (tasks.data.items.length === 0) return <Text>{t("counselling.tasks.myTasks.empty")}</Text>;
    return (
      <MyTasksTable
        tasks={tasks.data.items}
        filter={filter}
        onSort={() => update({ sort: filter.sort === "dueOn" ? "-dueOn" : "dueOn" })}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t("counselling.tasks.myTasks.title")}
        description={t("counselling.tasks.myTasks.description")}
      />
      <Paper withBorder p="md" radius="md" maw={1100}>
        <Stack gap="md">
          <Group align="flex-end" gap="lg">
            <Checkbox
              label={t("counselling.tasks.myTasks.overdueOnly")}
              checked={filter.overdueOnly}
              onChange={(event) => update({ overdueOnly: event.currentTarget.checked })}
            />
            <TextInput
              type="date"
              label={t("counselling.tasks.myTasks.dueUntil")}
              value={filter.dueUntil}
              onChange={(event) => update({ dueUntil: event.currentTarget.value })}
            />
            {tasks.data ? (
              <Text size="sm" role="status">
                {t("counselling.tasks.myTasks.counts", {
                  count: tasks.data.total,
                  overdue: tasks.data.overdueTotal,
                })}
              </Text>
            ) : null}
          </Group>
          {body()}
          <PageNavigation
            pageCount={pages}
            page={filter.page}
            onChange={(page) => setFilter((current) => ({ ...current, page }))}
          />
        </Stack>
      </Paper>
    </>
  );
}
