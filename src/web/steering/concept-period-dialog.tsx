import { Select, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TConceptPeriodStatus } from "../../common/steering/concept.js";
import { ZConceptPeriodInput, ZConceptPeriodUpdate } from "../../common/steering/concept-schemas.js";
import type { TConceptPeriodSummary } from "../../common/steering/concept-view-schemas.js";
import { ConceptDialogForm } from "./concept-dialog-form.js";
import { periodStatusChoices } from "./concept-editing.js";
import { listConceptFormMessages, placeByFirstSegment } from "./concept-form-errors.js";
import { useConceptLabels } from "./concept-labels.js";
import { parseWholeNumber } from "./concept-numbers.js";
import { conceptPeriodPart } from "./concept-queries.js";
import { useConceptForm } from "./use-concept-form.js";

const fields = ["name", "startYear", "endYear", "status"] as const;

type TConceptPeriodDialogProps = {
  /** The period to edit; none starts a new one. */
  period?: TConceptPeriodSummary;
  onClose: () => void;
  onReload: () => void;
  /** Gets the write's answer: the period as it is now. */
  onSaved?: (answer: unknown) => void;
};

/** Name, years and status of a period. */
export function ConceptPeriodDialog({ period, onClose, onReload, onSaved }: TConceptPeriodDialogProps) {
  const { t } = useTranslation();
  const labels = useConceptLabels();
  const form = useConceptForm(period?.id, placeByFirstSegment(fields), (answer) => {
    onSaved?.(answer);
    onClose();
  });
  const [name, setName] = useState(period?.name ?? "");
  const [startYear, setStartYear] = useState(period ? String(period.startYear) : "");
  const [endYear, setEndYear] = useState(period ? String(period.endYear) : "");
  const [status, setStatus] = useState<TConceptPeriodStatus>(period?.status ?? "draft");
  const choices = periodStatusChoices(period?.status);

  function submit() {
    const body = { name, startYear: parseWholeNumber(startYear), endYear: parseWholeNumber(endYear), status };
    if (period) {
      void form.submit(ZConceptPeriodUpdate, { ...body, version: period.version }, (data) => ({
        method: "PUT",
        path: conceptPeriodPart(period.id),
        body: data,
      }));
    } else {
      void form.submit(ZConceptPeriodInput, body, (data) => ({ method: "POST", path: "concept-periods", body: data }));
    }
  }

  return (
    <ConceptDialogForm
      title={period ? t("steering.period.edit") : t("steering.periods.create")}
      submitLabel={period ? t("steering.form.save") : t("steering.periods.createSubmit")}
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      isPending={form.isPending}
      failure={form.failure}
      messages={listConceptFormMessages(form.errors, labels.fields)}
      attempt={form.attempt}
    >
      <TextInput
        label={labels.fields.name}
        description={t("steering.periods.nameHint")}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          form.clearError("name");
        }}
        error={form.errors.fieldErrors.name}
        required
        data-autofocus
      />
      <TextInput
        label={labels.fields.startYear}
        inputMode="numeric"
        value={startYear}
        onChange={(event) => {
          setStartYear(event.currentTarget.value);
          form.clearError("startYear");
        }}
        error={form.errors.fieldErrors.startYear}
        required
        maw={160}
      />
      <TextInput
        label={labels.fields.endYear}
        inputMode="numeric"
        value={endYear}
        onChange={(event) => {
          setEndYear(event.currentTarget.value);
          form.clearError("endYear");
        }}
        error={form.errors.fieldErrors.endYear}
        required
        maw={160}
      />
      <Select
        label={labels.fields.status}
        description={t("steering.periods.statusHint")}
        data={choices.map((value) => ({ value, label: labels.periodStatuses[value] }))}
        value={status}
        onChange={(value) => setStatus(choices.find((choice) => choice === value) ?? status)}
        error={form.errors.fieldErrors.status}
        allowDeselect={false}
      />
    </ConceptDialogForm>
  );
}
