import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TTask, TTaskStatus } from "../../../common/counselling/task-schemas.js";
import { useFormatters } from "../../ui/use-formatters.js";
import classes from "../record-list.module.css";
import { describeTaskKind, describeTaskStatus } from "./task-labels.js";

type TTaskListProps = {
  tasks: readonly TTask[];
  label: string;
  onChangeStatus: (task: TTask, status: TTaskStatus) => void;
};

function TaskActions({ task, onChangeStatus }: { task: TTask; onChangeStatus: TTaskListProps["onChangeStatus"] }) {
  const { t } = useTranslation();
  if (!task.allowedActions.includes("update")) return null;
  if (task.status !== "open") {
    return (
      <Button size="compact-sm" variant="default" onClick={() => onChangeStatus(task, "open")}>
        {t("counselling.tasks.reopen")}
      </Button>
    );
  }
  return (
    <Group gap="xs">
      <Button size="compact-sm" onClick={() => onChangeStatus(task, "done")}>
        {t("counselling.tasks.markDone")}
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => onChangeStatus(task, "cancelled")}>
        {t("counselling.tasks.cancelTask")}
      </Button>
    </Group>
  );
}

/** Tasks as a list: what, by when (overdue marked in words, not only in colour), who, and the actions. */
export function TaskList({ tasks, label, onChangeStatus }: TTaskListProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <ul className={classes.plainList} aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" py={6}>
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={700} size="sm">
                  {task.title}
                </Text>
                <Badge variant="outline" color="dark" size="sm">
                  {describeTaskKind(task.kind, t)}
                </Badge>
                {task.status === "open" ? null : (
                  <Badge variant="filled" color="dark" size="sm">
                    {describeTaskStatus(task.status, t)}
                  </Badge>
                )}
                {task.isOverdue ? (
                  <Badge variant="filled" color="red.9" size="sm">
                    {t("counselling.tasks.overdue")}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm">
                {t("counselling.tasks.dueOnValue", { date: formatDate(task.dueOn) })}
                {task.remindOn ? ` · ${t("counselling.tasks.remindOnValue", { date: formatDate(task.remindOn) })}` : ""}
                {` · ${t("counselling.tasks.assigneeValue", { name: task.assignee.displayName })}`}
              </Text>
              {task.note ? <Text size="sm">{task.note}</Text> : null}
            </Stack>
            <TaskActions task={task} onChangeStatus={onChangeStatus} />
          </Group>
        </li>
      ))}
    </ul>
  );
}
