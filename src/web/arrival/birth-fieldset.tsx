import { Fieldset, NumberInput, Select, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { sexes } from "../../common/arrival/person.js";
import { describeSex } from "./arrival-labels.js";
import type { TFieldsetProps } from "./person-fieldset-props.js";

/** Year, month and day as separate inputs: a date of birth is often known only to the year or the month. */
export function BirthFieldset({ values, errors, onChange }: TFieldsetProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("arrival.form.sections.birth")}>
      <Text size="sm" c="dimmed" mb="xs">
        {t("arrival.form.birthHint")}
      </Text>
      <SimpleGrid cols={3} maw={520}>
        <NumberInput
          label={t("arrival.fields.birthDay")}
          value={values.birthDay}
          onChange={(value) => onChange("birthDay", value)}
          error={errors.birthDay}
          min={1}
          max={31}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
        />
        <NumberInput
          label={t("arrival.fields.birthMonth")}
          value={values.birthMonth}
          onChange={(value) => onChange("birthMonth", value)}
          error={errors.birthMonth}
          min={1}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
        />
        <NumberInput
          label={t("arrival.fields.birthYear")}
          value={values.birthYear}
          onChange={(value) => onChange("birthYear", value)}
          error={errors.birthYear}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
        />
      </SimpleGrid>
      <Select
        label={t("arrival.fields.sex")}
        data={sexes.map((value) => ({ value, label: describeSex(value, t) }))}
        value={values.sex}
        onChange={(value) => onChange("sex", sexes.find((sex) => sex === value) ?? values.sex)}
        allowDeselect={false}
        error={errors.sex}
        mt="md"
        maw={320}
      />
    </Fieldset>
  );
}
