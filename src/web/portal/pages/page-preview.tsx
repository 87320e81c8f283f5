import { Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPage } from "../../../common/portal/page-schemas.js";
import { contentLanguages, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { usePageLabels } from "./page-labels.js";
import { pagePreviewPath } from "./page-queries.js";

type TPagePreviewProps = { page: TPage; language?: TContentLanguage };

/**
 * The page as the portal shows it, drafts too, in a language of choice: the server renders it with
 * the portal's own renderer; the frame is sandboxed (no script, no same-origin access).
 */
export function PagePreview({ page, language: initialLanguage = "de" }: TPagePreviewProps) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const [language, setLanguage] = useState<TContentLanguage>(initialLanguage);
  const germanVersion = page.texts.find((text) => text.language === "de")?.textVersion ?? 0;
  const shownVersion = page.texts.find((text) => text.language === language)?.textVersion ?? 0;
  return (
    <Stack gap="sm">
      <Select
        label={t("portal.pages.preview.language")}
        data={contentLanguages.map((value) => ({ value, label: labels.language(value) }))}
        value={language}
        onChange={(value) => setLanguage(contentLanguages.find((candidate) => candidate === value) ?? "de")}
        allowDeselect={false}
        maw={320}
      />
      <iframe
        key={`${language}-${germanVersion}-${shownVersion}-${page.version}`}
        src={pagePreviewPath(page.id, language)}
        title={t("portal.pages.preview.frameTitle", { language: labels.language(language) })}
        sandbox=""
        style={{ width: "100%", height: 560, border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
      />
    </Stack>
  );
}
