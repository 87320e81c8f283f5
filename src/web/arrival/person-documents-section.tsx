import { Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  documentLanguages,
  isDocumentLanguage,
  type TDocumentLanguage,
} from "../../common/arrival/document-schemas.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { languageName } from "../../common/platform/iso-codes.js";
import { currentLanguage } from "../i18n/i18n.js";
import printClasses from "../ui/print.module.css";

function preselect(preferred: string | null): TDocumentLanguage {
  const primary = preferred?.split("-")[0]?.toLowerCase() ?? "";
  return isDocumentLanguage(primary) ? primary : "de";
}

/** "العربية – Arabisch": the name the person reads, and the one staff read. */
function describeLanguage(code: TDocumentLanguage, uiLanguage: string): string {
  const own = languageName(code, code);
  const staff = languageName(code, uiLanguage);
  return own === staff ? own : `${own} – ${staff}`;
}

/** Dokumente: the welcome letter and the consent form to print, in a language the documents exist in. */
export function PersonDocumentsSection({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [language, setLanguage] = useState<TDocumentLanguage>(() => preselect(person.preferredLanguage));
  const uiLanguage = currentLanguage();
  const base = `/api/persons/${encodeURIComponent(person.id)}`;
  const query = `?language=${language}`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      className={printClasses.screenOnly}
    >
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("arrival.documents.title")}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t("arrival.documents.explanation")}</Text>
        <Select
          label={t("arrival.documents.language")}
          data={documentLanguages.map((code) => ({ value: code, label: describeLanguage(code, uiLanguage) }))}
          value={language}
          onChange={(value) => setLanguage(value && isDocumentLanguage(value) ? value : "de")}
          allowDeselect={false}
          maw={360}
        />
        <Group>
          <Button component="a" href={`${base}/welcome-letter${query}`} download variant="default">
            {t("arrival.documents.welcomeLetter")}
          </Button>
          <Button component="a" href={`${base}/consent-form${query}`} download variant="default">
            {t("arrival.documents.consentForm")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
