import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { TaskDialog } from "./task-dialog.js";
import { TaskList } from "./task-list.js";
import { personTasksQuery, useTaskWrite } from "./task-queries.js";
import { TaskStatusConfirm, type TStatusChange } from "./task-status-confirm.js";

/** Aufgaben und Wiedervorlagen: open ones by due date, then done and cancelled ones; add, mark done, cancel, reopen. */
export function TasksSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const tasks = useQuery(personTasksQuery(personId));
  const write = useTaskWrite(personId);
  const [isAdding, setIsAdding] = useState(false);
  const [change, setChange] = useState<TStatusChange | null>(null);
  const items = tasks.data?.items ?? [];
  const open = items.filter((task) => task.status === "open");
  const closed = items.filter((task) => task.status !== "open");

  function confirmChange() {
    if (!change) return;
    write.mutate(
      { kind: "status", taskId: change.task.id, body: { version: change.task.version, status: change.status } },
      { onSettled: () => setChange(null) },
    );
  }

  function body() {
    if (tasks.isPending) return <LoadingState />;
    if (tasks.isError) return <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
    return (
      <Stack gap="sm">
        {write.error ? <ProblemAlert error={write.error} /> : null}
        <div>
          <Button size="xs" onClick={() => setIsAdding(true)}>
            {t("counselling.tasks.add")}
          </Button>
        </div>
        {items.length === 0 ? <Text size="sm">{t("counselling.tasks.empty")}</Text> : null}
        {open.length > 0 ? (
          <TaskList
            tasks={open}
            label={t("counselling.tasks.openList")}
            onChangeStatus={(task, status) => setChange({ task, status })}
          />
        ) : null}
        {closed.length > 0 ? (
          <>
            <Title order={3} size="h4">
              {t("counselling.tasks.closedList")}
            </Title>
            <TaskList
              tasks={closed}
              label={t("counselling.tasks.closedList")}
              onChangeStatus={(task, status) => setChange({ task, status })}
            />
          </>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("counselling.tasks.title")}
      </Title>
      {body()}
      {isAdding ? <TaskDialog personId={personId} onClose={() => setIsAdding(false)} /> : null}
      {change ? (
        <TaskStatusConfirm
          change={change}
          isPending={write.isPending}
          onConfirm={confirmChange}
          onCancel={() => setChange(null)}
        />
      ) : null}
    </Paper>
  );
}
