import { Button, FileInput, Paper, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useUploadImport } from "./import-queries.js";

/** Step one of the import wizard: choose the arrival list (CSV or Excel) and let the server check it. */
export function ImportUploadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [isFileMissing, setIsFileMissing] = useState(false);
  const upload = useUploadImport();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setIsFileMissing(true);
      return;
    }
    upload.mutate(file, { onSuccess: (created) => void navigate(`/arrival/import/${created.id}`) });
  }

  return (
    <>
      <PageHeader title={t("arrival.import.title")} description={t("arrival.import.description")} />
      <Paper withBorder p="lg" radius="md" maw={640}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FileInput
              label={t("arrival.import.fileLabel")}
              description={t("arrival.import.fileHint")}
              placeholder={t("arrival.import.filePlaceholder")}
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                setIsFileMissing(false);
              }}
              error={isFileMissing ? t("arrival.import.fileMissing") : undefined}
              clearable
            />
            {upload.isError ? <ProblemAlert error={upload.error} /> : null}
            {upload.isPending ? (
              <Text role="status" size="sm">
                {t("arrival.import.uploading")}
              </Text>
            ) : null}
            <Button type="submit" loading={upload.isPending} style={{ alignSelf: "flex-start" }}>
              {t("arrival.import.upload")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
