import { Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { offerTextLanguages, type TOfferTextLanguage } from "../../../common/offers/offer.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { RepeatableList } from "../../arrival/repeatable-list.js";
import { pickOption, type TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createTextRow, type TOfferTextRow } from "./offer-form-values.js";

type TTextPart = Exclude<keyof TOfferTextRow, "rowId" | "language">;

/** Title and description per language: German is required, the portal's other languages may follow. */
export function OfferTextsFieldset({ values, errors, onChange, labels }: TOfferFieldsetProps) {
  const { t, i18n } = useTranslation();
  const rows = values.translations;
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const nameLanguage = (language: TOfferTextLanguage) =>
    language === "de-x-easy" ? labels.easyLanguage : languageName(language, uiLanguage);

  function changeRow(index: number, part: keyof TOfferTextRow, row: TOfferTextRow) {
    onChange(
      "translations",
      rows.map((current, position) => (position === index ? row : current)),
      `translations.${index}.${part}`,
    );
  }

  function addRow() {
    const unused = offerTextLanguages.find((language) => !rows.some((row) => row.language === language));
    if (unused) onChange("translations", [...rows, createTextRow(unused)]);
  }

  const textInput = (row: TOfferTextRow, index: number, part: TTextPart, isLong: boolean) => {
    const props = {
      label: labels.fields[part],
      value: row[part],
      error: errors[`translations.${index}.${part}`],
      required: part === "title" || part === "description",
    };
    return isLong ? (
      <Textarea
        {...props}
        autosize
        minRows={part === "description" ? 4 : 2}
        description={part === "description" ? t("offers.directory.form.descriptionHint") : undefined}
        onChange={(event) => changeRow(index, part, { ...row, [part]: event.currentTarget.value })}
      />
    ) : (
      <TextInput
        {...props}
        onChange={(event) => changeRow(index, part, { ...row, [part]: event.currentTarget.value })}
      />
    );
  };

  return (
    <RepeatableList
      legend={t("offers.directory.form.sections.texts")}
      rows={rows}
      rowLegend={(index) => nameLanguage(rows[index]?.language ?? "de")}
      addLabel={t("offers.directory.form.addLanguage")}
      removeLabel={t("offers.directory.form.removeLanguage")}
      maxRows={offerTextLanguages.length}
      error={errors.translations}
      onAdd={addRow}
      onRemove={(index) =>
        onChange(
          "translations",
          rows.filter((_, position) => position !== index),
        )
      }
      renderRow={(row, index) => (
        <Stack gap="sm" w="100%">
          <Select
            label={t("offers.directory.form.textLanguage")}
            data={offerTextLanguages
              .filter((language) => language === row.language || !rows.some((other) => other.language === language))
              .map((language) => ({ value: language, label: nameLanguage(language) }))}
            value={row.language}
            onChange={(value) =>
              changeRow(index, "language", { ...row, language: pickOption(offerTextLanguages, value, row.language) })
            }
            error={errors[`translations.${index}.language`]}
            allowDeselect={false}
            maw={320}
          />
          {textInput(row, index, "title", false)}
          {textInput(row, index, "description", true)}
          {textInput(row, index, "prerequisites", true)}
          {textInput(row, index, "costNote", false)}
        </Stack>
      )}
    />
  );
}
