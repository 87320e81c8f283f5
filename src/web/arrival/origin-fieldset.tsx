import { Fieldset, MultiSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { nationalityOptions } from "./iso-options.js";
import { LanguagesList } from "./languages-list.js";
import type { TFieldsetProps } from "./person-fieldset-props.js";

/** The schema allows five nationalities. */
const maxNationalities = 5;

/** Nationalities from the ISO list named in the UI language, and the languages the person speaks with their level. */
export function OriginFieldset({ values, errors, onChange }: TFieldsetProps) {
  const { t, i18n } = useTranslation();
  return (
    <Fieldset legend={t("arrival.form.sections.origin")}>
      <MultiSelect
        label={t("arrival.fields.nationalities")}
        description={t("arrival.form.nationalitiesHint")}
        data={nationalityOptions(i18n.resolvedLanguage ?? "de")}
        value={values.nationalities}
        onChange={(value) => onChange("nationalities", value)}
        error={errors.nationalities}
        maxValues={maxNationalities}
        searchable
        hidePickedOptions
        nothingFoundMessage={t("arrival.form.nothingFound")}
        maw={640}
      />
      <LanguagesList rows={values.languages} errors={errors} onChange={onChange} />
    </Fieldset>
  );
}
