import { Select, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { goalStatuses, type TGoalStatus } from "../../common/counselling/plan.js";
import { type TGoal, ZGoalInput, ZGoalPatch } from "../../common/counselling/plan-schemas.js";
import { fieldsOfActionQuery } from "../platform/reference-data/reference-queries.js";
import { PlanDialogForm } from "./plan-dialog-form.js";
import { describeGoalStatus } from "./plan-labels.js";
import { usePlanForm } from "./use-plan-form.js";

const fields = ["fieldOfActionCode", "title", "description", "status"] as const;

type TGoalDialogProps = { personId: string; version: number; goal?: TGoal; onClose: () => void };

/** Adds a goal in a field of action, or changes one. */
export function GoalDialog({ personId, version, goal, onClose }: TGoalDialogProps) {
  const { t, i18n } = useTranslation();
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const form = usePlanForm(personId, fields, onClose);
  const [fieldOfActionCode, setFieldOfActionCode] = useState(goal?.fieldOfActionCode ?? "");
  const [title, setTitle] = useState(goal?.title ?? "");
  const [description, setDescription] = useState(goal?.description ?? "");
  const [status, setStatus] = useState<TGoalStatus>(goal?.status ?? "open");

  function submit() {
    const body = { version, fieldOfActionCode, title, description, status };
    if (goal) form.submit(ZGoalPatch, body, { method: "PATCH", path: `/goals/${goal.id}` });
    else form.submit(ZGoalInput, body, { path: "/goals" });
  }

  return (
    <PlanDialogForm
      title={goal ? t("counselling.plan.editGoal") : t("counselling.plan.addGoal")}
      submitLabel={t("counselling.plan.saveGoal")}
      onClose={onClose}
      onSubmit={submit}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <Select
        label={t("counselling.plan.fieldOfAction")}
        data={(fieldsOfAction.data ?? []).map((field) => ({
          value: field.code,
          label: i18n.resolvedLanguage === "en" ? field.nameEn : field.nameDe,
        }))}
        value={fieldOfActionCode || null}
        onChange={(value) => setFieldOfActionCode(value ?? "")}
        error={form.errors.fieldOfActionCode}
        required
      />
      <TextInput
        label={t("counselling.plan.goalTitle")}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={form.errors.title}
        required
      />
      <Textarea
        label={t("counselling.plan.goalDescription")}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={form.errors.description}
        autosize
        minRows={2}
      />
      <Select
        label={t("counselling.plan.status")}
        data={goalStatuses.map((value) => ({ value, label: describeGoalStatus(value, t) }))}
        value={status}
        onChange={(value) => setStatus(goalStatuses.find((candidate) => candidate === value) ?? "open")}
        error={form.errors.status}
        allowDeselect={false}
      />
    </PlanDialogForm>
  );
}
