import { Fieldset, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { residenceCategoriesQuery } from "../platform/reference-data/reference-queries.js";
import type { TFieldsetProps } from "./person-fieldset-props.js";
import type { TTextField } from "./person-form-values.js";

/** Arrival dates, residence status from the reference list, and the permit's expiry. */
export function StayFieldset({ values, errors, onChange }: TFieldsetProps) {
  const { t } = useTranslation();
  const categories = useQuery(residenceCategoriesQuery);

  const dateInput = (field: TTextField, label: string) => (
    <TextInput
      type="date"
      label={label}
      value={values[field]}
      onChange={(event) => onChange(field, event.currentTarget.value)}
      error={errors[field]}
    />
  );

  return (
    <Fieldset legend={t("arrival.form.sections.stay")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {dateInput("arrivedInGermanyOn", t("arrival.fields.arrivedInGermanyOn"))}
        {dateInput("arrivedInMunicipalityOn", t("arrival.fields.arrivedInMunicipalityOn"))}
        <Select
          label={t("arrival.fields.residenceCategory")}
          data={(categories.data ?? []).map((category) => ({ value: category.code, label: category.nameDe }))}
          value={values.residenceCategory || null}
          onChange={(value) => onChange("residenceCategory", value ?? "")}
          error={errors.residenceCategory}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("arrival.form.clear") }}
          nothingFoundMessage={t("arrival.form.nothingFound")}
        />
        {dateInput("permitExpiresOn", t("arrival.fields.permitExpiresOn"))}
      </SimpleGrid>
    </Fieldset>
  );
}
