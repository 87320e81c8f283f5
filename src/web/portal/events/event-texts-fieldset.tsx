import { Button, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { offerTextLanguages, type TOfferTextLanguage } from "../../../common/offers/offer.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import type { TEventTextValues } from "./event-form-values.js";

type TEventTextsFieldsetProps = {
  texts: TEventTextValues[];
  errors: Partial<Record<string, string>>;
  onChange: (texts: TEventTextValues[]) => void;
};

/** Title and description per language: German always, the portal's other languages (and easy German) added here. */
export function EventTextsFieldset({ texts, errors, onChange }: TEventTextsFieldsetProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const [newLanguage, setNewLanguage] = useState<TOfferTextLanguage | null>(null);
  const nameOf = (language: TOfferTextLanguage) =>
    language === "de-x-easy" ? t("portal.events.easyGerman") : languageName(language, uiLanguage);
  const missing = offerTextLanguages.filter((language) => !texts.some((text) => text.language === language));

  function update(index: number, part: "title" | "descriptionHtml", value: string) {
    onChange(texts.map((text, position) => (position === index ? { ...text, [part]: value } : text)));
  }

  return (
    <Fieldset legend={t("portal.events.sections.texts")}>
      <Stack gap="md">
        {errors.texts ? (
          <Text role="alert" c="red.9" size="sm">
            {errors.texts}
          </Text>
        ) : null}
        {texts.map((text, index) => {
          const language = nameOf(text.language);
          return (
            <Fieldset key={text.language} legend={language} variant="filled">
              <Stack gap="xs">
                <TextInput
                  label={`${t("portal.events.fields.title")} (${language})`}
                  value={text.title}
                  onChange={(event) => update(index, "title", event.currentTarget.value)}
                  error={errors[`texts.${index}.title`]}
                  required={text.language === "de"}
                  lang={text.language}
                  dir="auto"
                />
                <Textarea
                  label={`${t("portal.events.fields.description")} (${language})`}
                  description={t("portal.places.descriptionHint")}
                  autosize
                  minRows={3}
                  value={text.descriptionHtml}
                  onChange={(event) => update(index, "descriptionHtml", event.currentTarget.value)}
                  error={errors[`texts.${index}.descriptionHtml`]}
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
              data={missing.map((language) => ({ value: language, label: nameOf(language) }))}
              value={newLanguage}
              onChange={(value) => setNewLanguage(missing.find((language) => language === value) ?? null)}
            />
            <Button
              variant="light"
              disabled={newLanguage === null}
              onClick={() => {
                if (newLanguage === null) return;
                onChange([...texts, { language: newLanguage, title: "", descriptionHtml: "" }]);
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
