import { useTranslation } from "react-i18next";
import type { TTask, TTaskStatus } from "../../../common/counselling/task-schemas.js";
import { ConfirmDialog } from "../../platform/administration/confirm-dialog.js";

export type TStatusChange = { task: TTask; status: TTaskStatus };

type TTaskStatusConfirmProps = {
  change: TStatusChange;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a task is marked done, cancelled or reopened, naming the task. */
export function TaskStatusConfirm({ change, isPending, onConfirm, onCancel }: TTaskStatusConfirmProps) {
  const { t } = useTranslation();
  const texts: Record<TTaskStatus, { title: string; message: string; confirm: string }> = {
    done: {
      title: t("counselling.tasks.confirmDone.title"),
      message: t("counselling.tasks.confirmDone.message", { title: change.task.title }),
      confirm: t("counselling.tasks.markDone"),
    },
    cancelled: {
      title: t("counselling.tasks.confirmCancel.title"),
      message: t("counselling.tasks.confirmCancel.message", { title: change.task.title }),
      confirm: t("counselling.tasks.cancelTask"),
    },
    open: {
      title: t("counselling.tasks.confirmReopen.title"),
      message: t("counselling.tasks.confirmReopen.message", { title: change.task.title }),
      confirm: t("counselling.tasks.reopen"),
    },
  };
  const text = texts[change.status];
  return (
    <ConfirmDialog
      isOpen
      title={text.title}
      message={text.message}
      confirmLabel={text.confirm}
      isPending={isPending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
