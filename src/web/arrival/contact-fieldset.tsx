import { Fieldset, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { contactChannels } from "../../common/arrival/person.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { describeContactChannel } from "./arrival-labels.js";
import { languageOptions } from "./iso-options.js";
import type { TFieldsetProps } from "./person-fieldset-props.js";
import type { TTextField } from "./person-form-values.js";

/** Where the person lives (the municipality is required and decides who may see the record) and how to reach them. */
export function ContactFieldset({ values, errors, onChange }: TFieldsetProps) {
  const { t, i18n } = useTranslation();
  const municipalities = useQuery(municipalitiesQuery);

  const textInput = (field: TTextField, label: string, type = "text") => (
    <TextInput
      type={type}
      label={label}
      value={values[field]}
      onChange={(event) => onChange(field, event.currentTarget.value)}
      error={errors[field]}
      autoComplete="off"
    />
  );

  return (
    <Fieldset legend={t("arrival.form.sections.contact")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("arrival.fields.municipality")}
          data={(municipalities.data ?? []).map((municipality) => ({
            value: municipality.ags,
            label: municipality.name,
          }))}
          value={values.municipalityAgs || null}
          onChange={(value) => onChange("municipalityAgs", value ?? "")}
          error={errors.municipalityAgs}
          searchable
          required
          nothingFoundMessage={t("arrival.form.nothingFound")}
        />
        {textInput("street", t("arrival.fields.street"))}
        {textInput("postalCode", t("arrival.fields.postalCode"))}
        {textInput("phone", t("arrival.fields.phone"), "tel")}
        {textInput("email", t("arrival.fields.email"), "email")}
        <Select
          label={t("arrival.fields.preferredChannel")}
          data={contactChannels.map((value) => ({ value, label: describeContactChannel(value, t) }))}
          value={values.preferredChannel || null}
          onChange={(value) => onChange("preferredChannel", contactChannels.find((channel) => channel === value) ?? "")}
          error={errors.preferredChannel}
          clearable
          clearButtonProps={{ "aria-label": t("arrival.form.clear") }}
        />
        <Select
          label={t("arrival.fields.preferredLanguage")}
          data={languageOptions(i18n.resolvedLanguage ?? "de")}
          value={values.preferredLanguage || null}
          onChange={(value) => onChange("preferredLanguage", value ?? "")}
          error={errors.preferredLanguage}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("arrival.form.clear") }}
          nothingFoundMessage={t("arrival.form.nothingFound")}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
