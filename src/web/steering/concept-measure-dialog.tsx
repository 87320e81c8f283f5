import { Fieldset, MultiSelect, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { conceptMeasureStatuses } from "../../common/steering/concept.js";
import { ZConceptMeasureInput, ZConceptMeasureUpdate } from "../../common/steering/concept-schemas.js";
import type { TConceptMeasure, TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import { ConceptDialogForm } from "./concept-dialog-form.js";
import type { TConceptEditing } from "./concept-editing.js";
import { listConceptFormMessages, placeByFirstSegment } from "./concept-form-errors.js";
import { useConceptLabels } from "./concept-labels.js";
import { measureFields, type TMeasureValues, toMeasureBody, toMeasureValues } from "./concept-measure-values.js";
import { ConceptOrganisationSelect, ConceptOrganisationsSelect } from "./concept-organisation-select.js";
import { useConceptForm } from "./use-concept-form.js";

type TConceptMeasureDialogProps = {
  editing: TConceptEditing;
  subGoal: TConceptSubGoal;
  measure?: TConceptMeasure;
  /** "Maßnahme 2.1.3" for an existing one, "Teilziel 2.1" for a new one. */
  title: string;
  onClose: () => void;
};

type TTextField = Exclude<keyof TMeasureValues, "partnerOrganisationIds" | "municipalityAgs" | "status">;

/** A measure: who carries it out with whom, where, when, with what budget, and how far it is. */
export function ConceptMeasureDialog({ editing, subGoal, measure, title, onClose }: TConceptMeasureDialogProps) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  const [values, setValues] = useState(() => toMeasureValues(measure, i18n.resolvedLanguage));
  const form = useConceptForm(editing.period.id, placeByFirstSegment(measureFields), onClose);

  function change<TField extends keyof TMeasureValues>(field: TField, value: TMeasureValues[TField]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  function submit() {
    const body = toMeasureBody(values);
    if (measure) {
      void form.submit(ZConceptMeasureUpdate, { ...body, version: measure.version }, (data) => ({
        method: "PUT",
        path: `measures/${measure.id}`,
        body: data,
      }));
    } else {
      void form.submit(ZConceptMeasureInput, body, (data) => ({
        method: "POST",
        path: `sub-goals/${subGoal.id}/measures`,
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
      title={measure ? t("steering.measure.editTitle", { title }) : t("steering.measure.addTitle", { subGoal: title })}
      submitLabel={t("steering.form.save")}
      onClose={onClose}
      onSubmit={submit}
      onReload={editing.reload}
      isPending={form.isPending}
      failure={form.failure}
      messages={listConceptFormMessages(form.errors, labels.fields)}
      attempt={form.attempt}
      size="xl"
    >
      <TextInput
        {...text("number", { description: t("steering.measure.numberHint"), required: measure !== undefined })}
        inputMode="numeric"
        maw={200}
      />
      <Textarea {...text("title", { required: true })} autosize minRows={2} data-autofocus />
      <Textarea {...text("description")} autosize minRows={2} />
      <Fieldset legend={t("steering.measure.who")}>
        <ConceptOrganisationSelect
          label={labels.fields.responsibleOrganisationId}
          organisations={editing.organisations}
          value={values.responsibleOrganisationId}
          onChange={(id) => change("responsibleOrganisationId", id)}
          error={form.errors.fieldErrors.responsibleOrganisationId}
        />
        <ConceptOrganisationsSelect
          label={labels.fields.partnerOrganisationIds}
          organisations={editing.organisations}
          value={values.partnerOrganisationIds}
          onChange={(ids) => change("partnerOrganisationIds", ids)}
          error={form.errors.fieldErrors.partnerOrganisationIds}
        />
        <Textarea {...text("otherPartners", { description: t("steering.measure.otherPartnersHint") })} autosize />
      </Fieldset>
      <MultiSelect
        label={labels.fields.municipalityAgs}
        description={t("steering.measure.municipalitiesHint")}
        data={editing.municipalities.map((municipality) => ({ value: municipality.ags, label: municipality.name }))}
        value={values.municipalityAgs}
        onChange={(ags) => change("municipalityAgs", ags)}
        error={form.errors.fieldErrors.municipalityAgs}
        searchable
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" {...text("startsOn")} />
        <TextInput type="date" {...text("endsOn")} />
        <Select
          label={labels.fields.status}
          data={conceptMeasureStatuses.map((value) => ({ value, label: labels.measureStatuses[value] }))}
          value={values.status}
          onChange={(value) =>
            change("status", conceptMeasureStatuses.find((status) => status === value) ?? values.status)
          }
          error={form.errors.fieldErrors.status}
          allowDeselect={false}
        />
      </SimpleGrid>
      <TextInput
        {...text("budgetEur", { description: t("steering.measure.budgetHint") })}
        inputMode="decimal"
        maw={240}
      />
      <Textarea {...text("progressNotes")} autosize minRows={2} />
    </ConceptDialogForm>
  );
}
