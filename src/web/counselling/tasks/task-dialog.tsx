import { Select, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TTaskKind, taskKinds, ZTaskInput } from "../../../common/counselling/task-schemas.js";
import { fieldsOfActionQuery } from "../../platform/reference-data/reference-queries.js";
import { PlanDialogForm } from "../plan-dialog-form.js";
import { useRecordForm } from "../use-record-form.js";
import { describeTaskKind } from "./task-labels.js";
import { taskAssigneesQuery, useTaskWrite } from "./task-queries.js";

const fields = ["kind", "title", "note", "fieldOfActionCode", "dueOn", "remindOn", "assigneeUserId"] as const;

type TTaskDialogProps = { personId: string; onClose: () => void };

/** Adds a task or a follow-up: what, until when, an optional reminder, and who is to do it. */
export function TaskDialog({ personId, onClose }: TTaskDialogProps) {
  const { t, i18n } = useTranslation();
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const assignees = useQuery(taskAssigneesQuery);
  const form = useRecordForm(useTaskWrite(personId), fields, onClose);
  const [kind, setKind] = useState<TTaskKind>("task");
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [fieldOfActionCode, setFieldOfActionCode] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [remindOn, setRemindOn] = useState("");
  const [assigneeUserId, setAssigneeUserId] = useState("");

  function submit() {
    const body = {
      kind,
      title,
      note,
      fieldOfActionCode: fieldOfActionCode === "" ? null : fieldOfActionCode,
      dueOn,
      remindOn: remindOn === "" ? null : remindOn,
      assigneeUserId: assigneeUserId === "" ? null : assigneeUserId,
    };
    form.submit(ZTaskInput, body, (parsed) => ({ kind: "create", body: parsed }));
  }

  return (
    <PlanDialogForm
      title={t("counselling.tasks.add")}
      submitLabel={t("counselling.tasks.save")}
      onClose={onClose}
      onSubmit={submit}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <Select
        label={t("counselling.tasks.kind")}
        data={taskKinds.map((value) => ({ value, label: describeTaskKind(value, t) }))}
        value={kind}
        onChange={(value) => setKind(taskKinds.find((candidate) => candidate === value) ?? "task")}
        error={form.errors.kind}
        allowDeselect={false}
      />
      <TextInput
        label={t("counselling.tasks.taskTitle")}
        description={t("counselling.tasks.titleHint")}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={form.errors.title}
        required
      />
      <TextInput
        type="date"
        label={t("counselling.tasks.dueOn")}
        value={dueOn}
        onChange={(event) => setDueOn(event.currentTarget.value)}
        error={form.errors.dueOn}
        required
      />
      <TextInput
        type="date"
        label={t("counselling.tasks.remindOn")}
        value={remindOn}
        onChange={(event) => setRemindOn(event.currentTarget.value)}
        error={form.errors.remindOn}
      />
      <Select
        label={t("counselling.tasks.assignee")}
        description={t("counselling.tasks.assigneeHint")}
        data={(assignees.data?.caseworkers ?? []).map((caseworker) => ({
          value: caseworker.id,
          label: caseworker.name,
        }))}
        value={assigneeUserId || null}
        onChange={(value) => setAssigneeUserId(value ?? "")}
        error={form.errors.assigneeUserId}
        clearable
      />
      <Select
        label={t("counselling.plan.fieldOfAction")}
        data={(fieldsOfAction.data ?? []).map((field) => ({
          value: field.code,
          label: i18n.resolvedLanguage === "en" ? field.nameEn : field.nameDe,
        }))}
        value={fieldOfActionCode || null}
        onChange={(value) => setFieldOfActionCode(value ?? "")}
        error={form.errors.fieldOfActionCode}
        clearable
      />
      <Textarea
        label={t("counselling.tasks.note")}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={form.errors.note}
        autosize
        minRows={2}
      />
    </PlanDialogForm>
  );
}
