import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languageLevels } from "../../common/arrival/person.js";
import { describeLanguageLevel } from "./arrival-labels.js";
import { languageOptions } from "./iso-options.js";
import { createRowId, type TChangeField } from "./person-fieldset-props.js";
import type { TLanguageRow } from "./person-form-values.js";
import { RepeatableList } from "./repeatable-list.js";

/** The schema allows twelve languages. */
const maxLanguages = 12;

type TLanguagesListProps = {
  rows: TLanguageRow[];
  errors: Partial<Record<string, string>>;
  onChange: TChangeField;
};

/** The languages a person speaks, each with a self-rated level: mother tongue or a CEFR level. */
export function LanguagesList({ rows, errors, onChange }: TLanguagesListProps) {
  const { t, i18n } = useTranslation();

  function changeRow(index: number, part: "language" | "level", row: TLanguageRow) {
    onChange(
      "languages",
      rows.map((current, position) => (position === index ? row : current)),
      `languages.${index}.${part}`,
    );
  }

  return (
    <RepeatableList
      legend={t("arrival.fields.languages")}
      rows={rows}
      rowLegend={(index) => t("arrival.form.language", { number: index + 1 })}
      addLabel={t("arrival.form.addLanguage")}
      removeLabel={t("arrival.form.removeLanguage")}
      maxRows={maxLanguages}
      error={errors.languages}
      onAdd={() => onChange("languages", [...rows, { rowId: createRowId(), language: "", level: "" }])}
      onRemove={(index) =>
        onChange(
          "languages",
          rows.filter((_, position) => position !== index),
        )
      }
      renderRow={(row, index) => (
        <>
          <Select
            label={t("arrival.fields.language")}
            data={languageOptions(i18n.resolvedLanguage ?? "de")}
            value={row.language || null}
            onChange={(value) => changeRow(index, "language", { ...row, language: value ?? "" })}
            error={errors[`languages.${index}.language`]}
            searchable
            nothingFoundMessage={t("arrival.form.nothingFound")}
          />
          <Select
            label={t("arrival.fields.languageLevel")}
            data={languageLevels.map((value) => ({ value, label: describeLanguageLevel(value, t) }))}
            value={row.level || null}
            onChange={(value) =>
              changeRow(index, "level", { ...row, level: languageLevels.find((level) => level === value) ?? "" })
            }
            error={errors[`languages.${index}.level`]}
          />
        </>
      )}
    />
  );
}
