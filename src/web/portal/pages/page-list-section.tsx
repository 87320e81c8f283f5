import { Anchor, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPageList } from "../../../common/portal/page-schemas.js";
import { portalTopics } from "../../../common/portal/portal-content.js";
import { usePageLabels } from "./page-labels.js";
import { PageStatusBadge, TranslationStatusBadge } from "./page-status-badges.js";

type TPageItem = TPageList["items"][number];

/** The owner's pages under the nine topics, each with its status and every translation's. */
export function PageListSections({ pages }: { pages: TPageItem[] }) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  return portalTopics
    .filter((topic) => pages.some((page) => page.topic === topic))
    .map((topic) => (
      <Paper key={topic} component="section" withBorder p="md" radius="md" aria-labelledby={`topic-${topic}`}>
        <Title order={2} size="h3" id={`topic-${topic}`} mb="sm">
          {labels.topics[topic]}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("portal.pages.list.columns.title")}</Table.Th>
                <Table.Th scope="col">{t("portal.pages.list.columns.status")}</Table.Th>
                <Table.Th scope="col">{t("portal.pages.list.columns.translations")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pages
                .filter((page) => page.topic === topic)
                .map((page) => (
                  <Table.Tr key={page.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/portal/pages/${page.id}`} lang="de">
                        {page.germanTitle ?? page.slug}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        /{page.slug}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PageStatusBadge status={page.status} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {page.translations.map((translation) => (
                          <TranslationStatusBadge
                            key={translation.language}
                            language={translation.language}
                            status={translation.status}
                          />
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    ));
}
