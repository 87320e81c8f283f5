import { Button, Fieldset, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../common/platform/iso-codes.js";
import { placeTextLanguages, type TPlaceTextValues } from "./place-form-values.js";
import type { TPlaceLabels } from "./place-labels.js";

type TPlaceTextsFieldsetProps = {
  texts: TPlaceTextValues[];
  errors: Partial<Record<string, string>>;
  labels: TPlaceLabels;
  onChange: (texts: TPlaceTextValues[]) => void;
};

/** Name and description per language: German always, further languages added and removed here. */
export function PlaceTextsFieldset({ texts, errors, labels, onChange }: TPlaceTextsFieldsetProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const [newLanguage, setNewLanguage] = useState<string | null>(null);
  const missing = placeTextLanguages.filter((language) => !texts.some((text) => text.language === language));

  function update(index: number, part: "name" | "description", value: string) {
    onChange(texts.map((text, position) => (position === index ? { ...text, [part]: value } : text)));
  }

  return (
    <Fieldset legend={labels.fields.texts}>
      <Stack gap="md">
        {errors.texts ? (
          <Group role="alert" c="red.9" fz="sm">
            {errors.texts}
          </Group>
        ) : null}
        {texts.map((text, index) => {
          const language = languageName(text.language, uiLanguage);
          return (
            <Fieldset key={text.language} legend={language} variant="filled">
              <Stack gap="xs">
                <TextInput
                  label={`${labels.fields.name} (${language})`}
                  value={text.name}
                  onChange={(event) => update(index, "name", event.currentTarget.value)}
                  error={errors[`texts.${index}.name`] ?? errors[`texts.${index}.language`]}
                  required={text.language === "de"}
                  lang={text.language}
                  dir="auto"
                />
                <Textarea
                  label={`${labels.fields.description} (${language})`}
                  description={t("portal.places.descriptionHint")}
                  autosize
                  minRows={3}
                  value={text.description}
                  onChange={(event) => update(index, "description", event.currentTarget.value)}
                  error={errors[`texts.${index}.description`]}
                  lang={text.language}
                  dir="auto"
                />
                {text.language === "de" ? null : (
                  <Group>
                    <Button
                      variant="outline"
                      color="red.9"
                      size="xs"
                      onClick={() => onChange(texts.filter((_, position) => position !== index))}
                    >
                      {t("portal.form.removeLanguage", { language })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          );
        })}
        {missing.length > 0 ? (
          <Group align="flex-end">
            <Select
              label={t("portal.form.addLanguageLabel")}
              data={missing.map((language) => ({ value: language, label: languageName(language, uiLanguage) }))}
              value={newLanguage}
              onChange={setNewLanguage}
            />
            <Button
              variant="light"
              disabled={newLanguage === null}
              onClick={() => {
                if (newLanguage === null) return;
                onChange([...texts, { language: newLanguage, name: "", description: "" }]);
                setNewLanguage(null);
              }}
            >
              {t("portal.form.addLanguage")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
