import { Anchor, Button, Paper, Stack, Table, Text, Title, TypographyStylesProvider } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { TPageTextHistory } from "../../../common/portal/page-schemas.js";
import { directionOf } from "../../../common/portal/portal-content.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { NoValue } from "../../ui/no-value.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { usePageLabels } from "./page-labels.js";
import { pageHistoryQuery } from "./page-queries.js";

type TVersion = TPageTextHistory["items"][number];

/** Every saved version of the page's texts, newest first: who saved it when, and its text on request. */
export function PageHistoryPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const labels = usePageLabels();
  const formatDateTime = useDateTimeFormat();
  const history = useQuery(pageHistoryQuery(id));
  const [shown, setShown] = useState<TVersion | undefined>(undefined);
  return (
    <>
      <PageHeader title={t("portal.pages.history.title")} />
      <Stack gap="lg">
        <Text>
          <Anchor component={Link} to={`/portal/pages/${id}`}>
            {t("portal.pages.translation.backToPage")}
          </Anchor>
        </Text>
        {history.isPending ? (
          <TableSkeleton />
        ) : history.isError ? (
          <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.items.length === 0 ? (
          <Text role="status">{t("portal.pages.history.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <caption>{t("portal.pages.history.caption")}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("portal.pages.history.language")}</Table.Th>
                  <Table.Th scope="col">{t("portal.pages.history.version")}</Table.Th>
                  <Table.Th scope="col">{t("portal.pages.fields.title")}</Table.Th>
                  <Table.Th scope="col">{t("portal.pages.history.savedBy")}</Table.Th>
                  <Table.Th scope="col">{t("portal.pages.history.savedAt")}</Table.Th>
                  <Table.Th scope="col">{t("portal.pages.history.text")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.items.map((version) => (
                  <Table.Tr key={`${version.language}-${version.textVersion}`}>
                    <Table.Td>{labels.language(version.language)}</Table.Td>
                    <Table.Td>
                      {version.sourceVersion === null
                        ? version.textVersion
                        : t("portal.pages.history.fromGerman", {
                            version: version.textVersion,
                            source: version.sourceVersion,
                          })}
                    </Table.Td>
                    <Table.Td lang={version.language}>{version.title}</Table.Td>
                    <Table.Td>{version.savedByName ?? <NoValue />}</Table.Td>
                    <Table.Td>{formatDateTime(version.savedAt)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => setShown(version)}>
                        {t("portal.pages.history.show", {
                          language: labels.language(version.language),
                          version: version.textVersion,
                        })}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {shown ? (
          <Paper component="section" withBorder p="md" radius="md" aria-labelledby="version-heading">
            <Title order={2} size="h3" id="version-heading" mb="sm">
              {t("portal.pages.history.shown", {
                language: labels.language(shown.language),
                version: shown.textVersion,
              })}
            </Title>
            <div lang={shown.language} dir={directionOf(shown.language)}>
              <Title order={3} size="h4">
                {shown.title}
              </Title>
              {shown.summary ? <Text fw={700}>{shown.summary}</Text> : null}
              <TypographyStylesProvider>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: stored bodies are sanitised HTML */}
                <div dangerouslySetInnerHTML={{ __html: shown.bodyHtml }} />
              </TypographyStylesProvider>
            </div>
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
