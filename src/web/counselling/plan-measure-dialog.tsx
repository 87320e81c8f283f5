import { Radio, Select, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  measureStatuses,
  responsibleKinds,
  type TMeasureStatus,
  type TResponsibleKind,
} from "../../common/counselling/plan.js";
import { type TMeasure, ZMeasureInput, ZMeasurePatch } from "../../common/counselling/plan-schemas.js";
import { PlanDialogForm } from "./plan-dialog-form.js";
import { describeMeasureStatus, describeResponsibleKind } from "./plan-labels.js";
import { planResponsiblesQuery } from "./plan-queries.js";
import { usePlanForm } from "./use-plan-form.js";

const fields = [
  "title",
  "responsibleKind",
  "responsibleOrganisationId",
  "responsibleUserId",
  "dueOn",
  "status",
] as const;

type TMeasureDialogProps = {
  personId: string;
  version: number;
  goalId: string;
  measure?: TMeasure;
  onClose: () => void;
};

/** Adds a measure to a goal, or changes one: who carries it out, by when, how far it is. */
export function MeasureDialog({ personId, version, goalId, measure, onClose }: TMeasureDialogProps) {
  const { t } = useTranslation();
  const responsibles = useQuery(planResponsiblesQuery);
  const form = usePlanForm(personId, fields, onClose);
  const [title, setTitle] = useState(measure?.title ?? "");
  const [kind, setKind] = useState<TResponsibleKind>(measure?.responsibleKind ?? "person");
  const [organisationId, setOrganisationId] = useState(measure?.responsibleOrganisationId ?? "");
  const [userId, setUserId] = useState(measure?.responsibleUserId ?? "");
  const [dueOn, setDueOn] = useState(measure?.dueOn ?? "");
  const [status, setStatus] = useState<TMeasureStatus>(measure?.status ?? "planned");

  function submit() {
    const body = {
      version,
      title,
      responsibleKind: kind,
      responsibleOrganisationId: kind === "provider" && organisationId !== "" ? organisationId : null,
      responsibleUserId: kind === "caseworker" && userId !== "" ? userId : null,
      dueOn: dueOn === "" ? null : dueOn,
      status,
    };
    if (measure) form.submit(ZMeasurePatch, body, { method: "PATCH", path: `/measures/${measure.id}` });
    else form.submit(ZMeasureInput, body, { path: `/goals/${goalId}/measures` });
  }

  return (
    <PlanDialogForm
      title={measure ? t("counselling.plan.editMeasure") : t("counselling.plan.addMeasure")}
      submitLabel={t("counselling.plan.saveMeasure")}
      onClose={onClose}
      onSubmit={submit}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <TextInput
        label={t("counselling.plan.measureTitle")}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={form.errors.title}
        required
      />
      <Radio.Group
        label={t("counselling.plan.responsible")}
        value={kind}
        onChange={(value) => setKind(responsibleKinds.find((candidate) => candidate === value) ?? "person")}
        error={form.errors.responsibleKind}
      >
        <Stack gap="xs" mt="xs">
          {responsibleKinds.map((value) => (
            <Radio key={value} value={value} label={describeResponsibleKind(value, t)} />
          ))}
        </Stack>
      </Radio.Group>
      {kind === "provider" ? (
        <Select
          label={t("counselling.plan.provider")}
          data={(responsibles.data?.providers ?? []).map((provider) => ({ value: provider.id, label: provider.name }))}
          value={organisationId || null}
          onChange={(value) => setOrganisationId(value ?? "")}
          error={form.errors.responsibleOrganisationId}
          searchable
          required
        />
      ) : null}
      {kind === "caseworker" ? (
        <Select
          label={t("counselling.plan.caseworker")}
          description={t("counselling.plan.caseworkerHint")}
          data={(responsibles.data?.caseworkers ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={userId || null}
          onChange={(value) => setUserId(value ?? "")}
          error={form.errors.responsibleUserId}
          searchable
          clearable
        />
      ) : null}
      <TextInput
        type="date"
        label={t("counselling.plan.dueOn")}
        value={dueOn}
        onChange={(event) => setDueOn(event.currentTarget.value)}
        error={form.errors.dueOn}
      />
      <Select
        label={t("counselling.plan.status")}
        data={measureStatuses.map((value) => ({ value, label: describeMeasureStatus(value, t) }))}
        value={status}
        onChange={(value) => setStatus(measureStatuses.find((candidate) => candidate === value) ?? "planned")}
        error={form.errors.status}
        allowDeselect={false}
      />
    </PlanDialogForm>
  );
}
