import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n/i18n.js";
import { isStaffLanguage, languageEndonyms, staffLanguages } from "../../i18n/languages.js";

/** A native select: every keyboard and screen reader knows it. The choice is remembered (localStorage). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t("layout.language")}
      value={currentLanguage()}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (isStaffLanguage(language)) void i18n.changeLanguage(language);
      }}
      size="xs"
    >
      {staffLanguages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageEndonyms[language]}
        </option>
      ))}
    </NativeSelect>
  );
}
