import { Alert, Button, CopyButton, Group, Image, Paper, Select, Table, Text, ThemeIcon } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPortalMedia } from "../../../common/portal/media-schemas.js";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { ConfirmDialog } from "../../platform/administration/confirm-dialog.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { PageNavigation } from "../../ui/page-navigation.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { contentOwnersOf, type TContentOwner } from "../content-owners.js";
import { mediaListQuery, mediaPageSize, useDeleteMedia } from "./media-queries.js";
import { MediaUploadForm } from "./media-upload-form.js";

/** Mediathek: the images and PDF documents of the editor's administration for its portal pages. */
export function PortalMediaPage() {
  const { t } = useTranslation();
  const owners = contentOwnersOf(useSignedInUser());
  const [first] = owners;
  if (!first) {
    return (
      <NoAccessNotice pageTitle={t("portal.media.title")} heading={t("portal.media.noAccessTitle")}>
        {t("portal.media.noAccess")}
      </NoAccessNotice>
    );
  }
  return <MediaLibrary owners={owners} initialOwner={first.owner} />;
}

function formatSize(bytes: number, language: string) {
  const format = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format(bytes / (1024 * 1024))} MB` : `${format(Math.max(bytes / 1024, 0.1))} KB`;
}

function MediaLibrary({ owners, initialOwner }: { owners: TContentOwner[]; initialOwner: string }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const [owner, setOwner] = useState(initialOwner);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<TPortalMedia | null>(null);
  const media = useQuery(mediaListQuery(owner, page));
  const remove = useDeleteMedia(owner);

  return (
    <>
      <PageHeader title={t("portal.media.title")} description={t("portal.media.description")} />
      {owners.length > 1 ? (
        <Select
          label={t("portal.media.owner")}
          data={owners.map((entry) => ({ value: entry.owner, label: entry.name }))}
          value={owner}
          onChange={(value) => {
            if (value) setOwner(value);
            setPage(1);
          }}
          allowDeselect={false}
          maw={400}
          mb="md"
        />
      ) : null}
      <MediaUploadForm
        owner={owner}
        onUploaded={(fileName) => {
          setNotice(t("portal.media.uploaded", { fileName }));
          setPage(1);
        }}
      />
      <div aria-live="polite">
        {notice ? (
          <Alert
            color="green"
            variant="light"
            mb="md"
            withCloseButton
            onClose={() => setNotice(null)}
            closeButtonLabel={t("administration.close")}
          >
            {notice}
          </Alert>
        ) : null}
      </div>
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      {media.isPending ? (
        <TableSkeleton />
      ) : media.isError ? (
        <ProblemAlert error={media.error} onRetry={() => void media.refetch()} />
      ) : media.data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text fw={600}>{t("portal.media.emptyTitle")}</Text>
          <Text c="dimmed">{t("portal.media.empty")}</Text>
        </Paper>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>{t("portal.media.caption", { count: media.data.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("portal.media.columns.preview")}</Table.Th>
                  <Table.Th scope="col">{t("portal.media.columns.fileName")}</Table.Th>
                  <Table.Th scope="col">{t("portal.media.columns.type")}</Table.Th>
                  <Table.Th scope="col">{t("portal.media.columns.size")}</Table.Th>
                  <Table.Th scope="col">{t("portal.media.columns.createdAt")}</Table.Th>
                  <Table.Th scope="col">{t("portal.media.columns.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {media.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      {item.mediaType === "application/pdf" ? (
                        <ThemeIcon variant="light" size={48} aria-hidden="true">
                          PDF
                        </ThemeIcon>
                      ) : (
                        <Image src={item.url} alt="" w={64} h={48} fit="contain" loading="lazy" />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <a href={item.url} target="_blank" rel="noreferrer">
                        {item.fileName}
                      </a>
                    </Table.Td>
                    <Table.Td>
                      {item.mediaType === "application/pdf"
                        ? "PDF"
                        : item.mediaType.replace("image/", "").toUpperCase()}
                    </Table.Td>
                    <Table.Td>{formatSize(item.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <CopyButton value={item.url}>
                          {({ copied, copy }) => (
                            <Button
                              variant="default"
                              size="xs"
                              onClick={copy}
                              aria-label={t("portal.media.copyUrlOf", { fileName: item.fileName })}
                            >
                              {copied ? t("portal.media.copied") : t("portal.media.copyUrl")}
                            </Button>
                          )}
                        </CopyButton>
                        <Button
                          variant="outline"
                          color="red.9"
                          size="xs"
                          onClick={() => setToDelete(item)}
                          aria-label={t("portal.media.deleteOf", { fileName: item.fileName })}
                        >
                          {t("portal.media.delete")}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageNavigation pageCount={Math.ceil(media.data.total / mediaPageSize)} page={page} onChange={setPage} />
        </>
      )}
      <ConfirmDialog
        title={t("portal.media.deleteTitle")}
        message={t("portal.media.deleteMessage", { fileName: toDelete?.fileName ?? "" })}
        confirmLabel={t("portal.media.delete")}
        isOpen={toDelete !== null}
        isPending={remove.isPending}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (!toDelete) return;
          const { fileName } = toDelete;
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              setNotice(t("portal.media.deleted", { fileName }));
              setToDelete(null);
            },
          });
        }}
      />
    </>
  );
}
