import { Button, FileInput, Group, Paper, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/api-errors.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useUploadMedia } from "./media-queries.js";

/** Choose a file and send it; the server's own words say why one is refused (type, size). */
export function MediaUploadForm({ owner, onUploaded }: { owner: string; onUploaded: (fileName: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [isFileMissing, setIsFileMissing] = useState(false);
  const upload = useUploadMedia(owner);
  const fieldMessages =
    upload.error instanceof ApiError ? (upload.error.problem?.errors ?? []).map((error) => error.detail) : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setIsFileMissing(true);
      return;
    }
    upload.mutate(file, {
      onSuccess: (created) => {
        setFile(null);
        onUploaded(created.fileName);
      },
    });
  }

  return (
    <Paper withBorder p="lg" radius="md" maw={640} mb="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FileInput
            label={t("portal.media.fileLabel")}
            description={t("portal.media.fileHint")}
            placeholder={t("portal.media.filePlaceholder")}
            accept="image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setIsFileMissing(false);
              upload.reset();
            }}
            error={isFileMissing ? t("portal.media.fileMissing") : undefined}
            clearable
          />
          {upload.isError ? <ProblemAlert error={upload.error} messages={fieldMessages} /> : null}
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t("portal.media.upload")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
