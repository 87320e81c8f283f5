import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { TArrivalImport } from "../../common/arrival/import-schemas.js";
import { Dialog } from "../ui/dialog.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { ImportMappingForm } from "./import-mapping-form.js";
import { errorReportUrl, importQuery, useCommitImport, useDiscardImport } from "./import-queries.js";
import { ImportRowsTable } from "./import-rows-table.js";

function ImportCounts({ current }: { current: TArrivalImport }) {
  const { t } = useTranslation();
  const { counts } = current;
  return (
    <Text role="status">
      {t("arrival.import.counts", {
        rows: counts.rows,
        ok: counts.ok,
        error: counts.error,
        likelyDuplicate: counts.likelyDuplicate,
        inFileDuplicate: counts.inFileDuplicate,
        alreadyImported: counts.alreadyImported,
      })}
    </Text>
  );
}

function CommitActions({ current }: { current: TArrivalImport }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isConfirming, setIsConfirming] = useState(false);
  const [includeLikelyDuplicates, setIncludeLikelyDuplicates] = useState(false);
  const commit = useCommitImport(current.id);
  const discard = useDiscardImport(current.id);
  const toCreate = current.counts.ok + (includeLikelyDuplicates ? current.counts.likelyDuplicate : 0);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="import-commit-title">
      <Title order={2} size="h3" id="import-commit-title" mb="sm">
        {t("arrival.import.commitTitle")}
      </Title>
      <Stack align="flex-start">
        {current.counts.likelyDuplicate > 0 ? (
          <Checkbox
            label={t("arrival.import.includeDuplicates", { count: current.counts.likelyDuplicate })}
            checked={includeLikelyDuplicates}
            onChange={(event) => setIncludeLikelyDuplicates(event.currentTarget.checked)}
          />
        ) : null}
        {commit.isError ? <ProblemAlert error={commit.error} /> : null}
        {discard.isError ? <ProblemAlert error={discard.error} /> : null}
        <Group>
          <Button onClick={() => setIsConfirming(true)} disabled={toCreate === 0}>
            {t("arrival.import.commit", { count: toCreate })}
          </Button>
          <Button
            variant="default"
            loading={discard.isPending}
            onClick={() => discard.mutate(undefined, { onSuccess: () => void navigate("/arrival/import") })}
          >
            {t("arrival.import.discard")}
          </Button>
        </Group>
      </Stack>
      <Dialog
        isOpen={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={t("arrival.import.confirmTitle")}
        closeLabel={t("arrival.import.cancel")}
      >
        <Stack>
          <Text>{t("arrival.import.confirmText", { count: toCreate })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirming(false)}>
              {t("arrival.import.cancel")}
            </Button>
            <Button
              loading={commit.isPending}
              onClick={() => commit.mutate(includeLikelyDuplicates, { onSettled: () => setIsConfirming(false) })}
            >
              {t("arrival.import.confirm")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Paper>
  );
}

/**
 * The import wizard after upload: mapping, preview with reasons, error report, commit or discard,
 * result. The alerts carry their heading as bold text: the light variant draws its own title in a
 * pale shade that fails WCAG AA contrast.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const current = useQuery(importQuery(id));
  if (current.isPending) {
    return (
      <>
        <PageHeader title={t("arrival.import.title")} />
        <LoadingState />
      </>
    );
  }
  if (current.isError) {
    return (
      <>
        <PageHeader title={t("arrival.import.title")} />
        <ProblemAlert error={current.error} onRetry={() => void current.refetch()} />
      </>
    );
  }
  const data = current.data;
  const reportLink = (
    <Anchor href={errorReportUrl(data.id)} download>
      {t("arrival.import.downloadReport")}
    </Anchor>
  );
  return (
    <>
      <PageHeader title={t("arrival.import.titleOf", { fileName: data.fileName })} />
      <Stack>
        {data.sameFileCommittedAt && data.status === "validated" ? (
          <Alert color="blue" variant="light">
            <Text fw={700}>{t("arrival.import.sameFileTitle")}</Text>
            <Text>{t("arrival.import.sameFileText")}</Text>
          </Alert>
        ) : null}
        {data.status === "committed" ? (
          <Alert color="teal" variant="light" role="status">
            <Stack gap="xs" align="flex-start">
              <Text fw={700}>{t("arrival.import.committedTitle")}</Text>
              <Text>{t("arrival.import.committedText", { count: data.createdPersons ?? 0 })}</Text>
              <Anchor component={Link} to="/arrival">
                {t("arrival.import.toPersons")}
              </Anchor>
              {reportLink}
            </Stack>
          </Alert>
        ) : null}
        {data.status === "discarded" ? (
          <Alert color="gray" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text fw={700}>{t("arrival.import.discardedTitle")}</Text>
              <Anchor component={Link} to="/arrival/import">
                {t("arrival.import.again")}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
        {data.status === "validated" ? (
          <>
            <ImportCounts current={data} />
            <ImportMappingForm key={JSON.stringify(data.mapping)} current={data} />
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="import-preview-title">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h3" id="import-preview-title">
                  {t("arrival.import.previewTitle")}
                </Title>
                {reportLink}
              </Group>
              <ImportRowsTable current={data} />
            </Paper>
            <CommitActions current={data} />
          </>
        ) : null}
      </Stack>
    </>
  );
}
