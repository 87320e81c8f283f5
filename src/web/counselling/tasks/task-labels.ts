import type { TFunction } from "i18next";
import type { TTaskKind, TTaskStatus } from "../../../common/counselling/task-schemas.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeTaskKind(kind: TTaskKind, t: TFunction): string {
  const labels: Record<TTaskKind, string> = {
    task: t("counselling.tasks.kinds.task"),
    follow_up: t("counselling.tasks.kinds.followUp"),
  };
  return labels[kind];
}

export function describeTaskStatus(status: TTaskStatus, t: TFunction): string {
  const labels: Record<TTaskStatus, string> = {
    open: t("counselling.tasks.statuses.open"),
    done: t("counselling.tasks.statuses.done"),
    cancelled: t("counselling.tasks.statuses.cancelled"),
  };
  return labels[status];
}
