import { Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { nameScripts, type TNameScript } from "../../common/arrival/person.js";
import { describeNameKind, describeScript } from "./arrival-labels.js";
import { createRowId, type TChangeField } from "./person-fieldset-props.js";
import type { TNameRow } from "./person-form-values.js";
import { RepeatableList } from "./repeatable-list.js";

/** The schema allows ten further names. */
const maxOtherNames = 10;
const nameKindValues = ["original_script", "alternative"] as const;

type TOtherNamesListProps = {
  rows: TNameRow[];
  errors: Partial<Record<string, string>>;
  onChange: TChangeField;
};

/** "Weitere Schreibweisen": further Latin spellings and the name in its original script (Cyrillic, Arabic, …). */
export function OtherNamesList({ rows, errors, onChange }: TOtherNamesListProps) {
  const { t } = useTranslation();

  function changeRow(index: number, part: keyof Omit<TNameRow, "rowId">, row: TNameRow) {
    onChange(
      "otherNames",
      rows.map((current, position) => (position === index ? row : current)),
      `otherNames.${index}.${part}`,
    );
  }

  return (
    <RepeatableList
      legend={t("arrival.form.otherNames")}
      rows={rows}
      rowLegend={(index) => t("arrival.form.otherName", { number: index + 1 })}
      addLabel={t("arrival.form.addOtherName")}
      removeLabel={t("arrival.form.removeOtherName")}
      maxRows={maxOtherNames}
      error={errors.otherNames}
      onAdd={() =>
        onChange("otherNames", [
          ...rows,
          { rowId: createRowId(), kind: "original_script", script: "Cyrl", givenName: "", familyName: "" },
        ])
      }
      onRemove={(index) =>
        onChange(
          "otherNames",
          rows.filter((_, position) => position !== index),
        )
      }
      renderRow={(row, index) => (
        <>
          <Select
            label={t("arrival.fields.nameKind")}
            data={nameKindValues.map((value) => ({ value, label: describeNameKind(value, t) }))}
            value={row.kind}
            onChange={(value) =>
              changeRow(index, "kind", { ...row, kind: nameKindValues.find((kind) => kind === value) ?? row.kind })
            }
            allowDeselect={false}
            error={errors[`otherNames.${index}.kind`]}
          />
          <Select
            label={t("arrival.fields.script")}
            data={nameScripts.map((value) => ({ value, label: describeScript(value, t) }))}
            value={row.script}
            onChange={(value) =>
              changeRow(index, "script", {
                ...row,
                script: nameScripts.find((script): script is TNameScript => script === value) ?? row.script,
              })
            }
            allowDeselect={false}
            error={errors[`otherNames.${index}.script`]}
          />
          <TextInput
            label={t("arrival.fields.familyName")}
            value={row.familyName}
            dir="auto"
            onChange={(event) => changeRow(index, "familyName", { ...row, familyName: event.currentTarget.value })}
            error={errors[`otherNames.${index}.familyName`]}
            autoComplete="off"
          />
          <TextInput
            label={t("arrival.fields.givenName")}
            value={row.givenName}
            dir="auto"
            onChange={(event) => changeRow(index, "givenName", { ...row, givenName: event.currentTarget.value })}
            error={errors[`otherNames.${index}.givenName`]}
            autoComplete="off"
          />
        </>
      )}
    />
  );
}
