import { Fieldset, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { OtherNamesList } from "./other-names-list.js";
import type { TFieldsetProps } from "./person-fieldset-props.js";

/** The name as in the passport (Latin script), and further spellings or the name in its original script. */
export function NameFieldset({ values, errors, onChange }: TFieldsetProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("arrival.form.sections.name")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("arrival.fields.familyName")}
          description={t("arrival.form.passportHint")}
          value={values.familyName}
          onChange={(event) => onChange("familyName", event.currentTarget.value)}
          error={errors.familyName}
          autoComplete="off"
        />
        <TextInput
          label={t("arrival.fields.givenName")}
          description={t("arrival.form.passportHint")}
          value={values.givenName}
          onChange={(event) => onChange("givenName", event.currentTarget.value)}
          error={errors.givenName}
          autoComplete="off"
        />
      </SimpleGrid>
      <OtherNamesList rows={values.otherNames} errors={errors} onChange={onChange} />
    </Fieldset>
  );
}
