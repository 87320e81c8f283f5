import { Fieldset, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { computedIndicatorKeys } from "../../common/steering/concept.js";
import { ZConceptSubGoalInput, ZConceptSubGoalUpdate } from "../../common/steering/concept-schemas.js";
import type { TConceptStatement, TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import { ConceptDialogForm } from "./concept-dialog-form.js";
import type { TConceptEditing } from "./concept-editing.js";
import { listConceptFormMessages } from "./concept-form-errors.js";
import { useConceptLabels } from "./concept-labels.js";
import { ConceptOrganisationSelect } from "./concept-organisation-select.js";
import {
  placeSubGoalField,
  type TSubGoalValues,
  targetYearsOf,
  toSubGoalBody,
  toSubGoalValues,
} from "./concept-sub-goal-values.js";
import { useConceptForm } from "./use-concept-form.js";

type TConceptSubGoalDialogProps = {
  editing: TConceptEditing;
  statement: TConceptStatement;
  subGoal?: TConceptSubGoal;
  /** "Teilziel 2.1" for an existing one, the field of action's name for a new one. */
  title: string;
  onClose: () => void;
};

type TTextField = Exclude<keyof TSubGoalValues, "targets">;

/** A sub-goal: what is to be reached, how it is measured, from which baseline to which targets per year. */
export function ConceptSubGoalDialog({ editing, statement, subGoal, title, onClose }: TConceptSubGoalDialogProps) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  const [values, setValues] = useState(() => toSubGoalValues(subGoal, i18n.resolvedLanguage));
  const years = targetYearsOf(editing.period, subGoal);
  const form = useConceptForm(editing.period.id, placeSubGoalField(values, years), onClose);
  const targetLabel = (year: number) => t("steering.subGoal.targetFor", { year });
  const fieldLabels: Record<string, string> = {
    ...labels.fields,
    ...Object.fromEntries(years.map((year) => [`targets.${year}`, targetLabel(year)])),
  };

  function change(field: TTextField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  function submit() {
    const body = toSubGoalBody(values, years);
    if (subGoal) {
      void form.submit(ZConceptSubGoalUpdate, { ...body, version: subGoal.version }, (data) => ({
        method: "PUT",
        path: `sub-goals/${subGoal.id}`,
        body: data,
      }));
    } else {
      void form.submit(ZConceptSubGoalInput, body, (data) => ({
        method: "POST",
        path: `statements/${statement.id}/sub-goals`,
        body: data,
      }));
    }
  }

  const text = (field: TTextField, extra: { required?: boolean; description?: string } = {}) => ({
    label: labels.fields[field],
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => change(field, event.currentTarget.value),
    error: form.errors.fieldErrors[field],
    ...extra,
  });

  return (
    <ConceptDialogForm
      title={subGoal ? t("steering.subGoal.editTitle", { title }) : t("steering.subGoal.addTitle", { field: title })}
      submitLabel={t("steering.form.save")}
      onClose={onClose}
      onSubmit={submit}
      onReload={editing.reload}
      isPending={form.isPending}
      failure={form.failure}
      messages={listConceptFormMessages(form.errors, fieldLabels)}
      attempt={form.attempt}
      size="xl"
    >
      <TextInput
        {...text("number", { description: t("steering.subGoal.numberHint"), required: subGoal !== undefined })}
        inputMode="numeric"
        maw={200}
      />
      <Textarea {...text("title", { required: true })} autosize minRows={2} data-autofocus />
      <Fieldset legend={t("steering.subGoal.indicator")}>
        <Textarea {...text("indicatorDescription")} autosize minRows={2} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <Select
            label={labels.fields.indicatorKey}
            description={t("steering.subGoal.indicatorKeyHint")}
            data={computedIndicatorKeys.map((key) => ({ value: key, label: labels.indicatorKeys[key] }))}
            value={values.indicatorKey === "" ? null : values.indicatorKey}
            onChange={(key) => change("indicatorKey", key ?? "")}
            error={form.errors.fieldErrors.indicatorKey}
            clearable
          />
          <TextInput {...text("indicatorUnit", { description: t("steering.subGoal.unitHint") })} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t("steering.subGoal.baseline")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...text("baselineValue")} inputMode="decimal" />
          <TextInput {...text("baselineYear")} inputMode="numeric" />
          <TextInput {...text("baselineSource")} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={labels.fields.targets}>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {years.map((year) => (
            <TextInput
              key={year}
              label={targetLabel(year)}
              inputMode="decimal"
              value={values.targets[String(year)] ?? ""}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, targets: { ...current.targets, [String(year)]: value } }));
                form.clearError(`targets.${year}`);
              }}
              error={form.errors.fieldErrors[`targets.${year}`]}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <ConceptOrganisationSelect
        label={labels.fields.responsibleOrganisationId}
        organisations={editing.organisations}
        value={values.responsibleOrganisationId}
        onChange={(id) => change("responsibleOrganisationId", id)}
        error={form.errors.fieldErrors.responsibleOrganisationId}
      />
    </ConceptDialogForm>
  );
}
