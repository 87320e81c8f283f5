import { Badge, Button, Group, Paper, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TSharedPageList } from "../../../common/portal/page-schemas.js";
import type { TPortalTopic } from "../../../common/portal/portal-content.js";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { contentOwnersOf, type TContentOwner } from "../content-owners.js";
import { CopyDialog } from "./copy-dialog.js";
import { sharedPagesQuery } from "./copy-queries.js";

type TSharedPage = TSharedPageList["items"][number];

/** Seiten übernehmen: search the pages other administrations published and copy one as a draft. */
export function PortalPageCopyPage() {
  const { t } = useTranslation();
  const owners = contentOwnersOf(useSignedInUser());
  const [first] = owners;
  if (!first) {
    return (
      <NoAccessNotice pageTitle={t("portal.copy.title")} heading={t("portal.media.noAccessTitle")}>
        {t("portal.copy.noAccess")}
      </NoAccessNotice>
    );
  }
  return <SharedPages owners={owners} initialOwner={first} />;
}

function SharedPages({ owners, initialOwner }: { owners: TContentOwner[]; initialOwner: TContentOwner }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const [target, setTarget] = useState(initialOwner);
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [chosen, setChosen] = useState<TSharedPage | null>(null);
  const shared = useQuery(sharedPagesQuery(target.owner, debouncedSearch));
  const topicLabels: Record<TPortalTopic, string> = {
    first_steps: t("portal.copy.topics.firstSteps"),
    authorities: t("portal.copy.topics.authorities"),
    housing: t("portal.copy.topics.housing"),
    health: t("portal.copy.topics.health"),
    kita_school: t("portal.copy.topics.kitaSchool"),
    language_courses: t("portal.copy.topics.languageCourses"),
    work: t("portal.copy.topics.work"),
    everyday_life: t("portal.copy.topics.everydayLife"),
    emergencies: t("portal.copy.topics.emergencies"),
  };

  return (
    <>
      <PageHeader title={t("portal.copy.title")} description={t("portal.copy.description")} />
      <Group align="flex-end" mb="md">
        {owners.length > 1 ? (
          <Select
            label={t("portal.copy.target")}
            data={owners.map((entry) => ({ value: entry.owner, label: entry.name }))}
            value={target.owner}
            onChange={(value) => setTarget(owners.find((entry) => entry.owner === value) ?? initialOwner)}
            allowDeselect={false}
          />
        ) : null}
        <TextInput
          label={t("portal.copy.search")}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          miw={280}
        />
      </Group>
      {shared.isPending ? (
        <TableSkeleton />
      ) : shared.isError ? (
        <ProblemAlert error={shared.error} onRetry={() => void shared.refetch()} />
      ) : shared.data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text fw={600}>{t("portal.copy.emptyTitle")}</Text>
          <Text c="dimmed">{debouncedSearch ? t("portal.copy.emptySearch") : t("portal.copy.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t("portal.copy.caption", { count: shared.data.items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("portal.copy.columns.title")}</Table.Th>
                <Table.Th scope="col">{t("portal.copy.columns.owner")}</Table.Th>
                <Table.Th scope="col">{t("portal.copy.columns.topic")}</Table.Th>
                <Table.Th scope="col">{t("portal.copy.columns.languages")}</Table.Th>
                <Table.Th scope="col">{t("portal.copy.columns.publishedAt")}</Table.Th>
                <Table.Th scope="col">{t("portal.copy.columns.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shared.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td lang="de">{item.title}</Table.Td>
                  <Table.Td>{item.ownerName}</Table.Td>
                  <Table.Td>{topicLabels[item.topic]}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {item.languages.map((language) => (
                        <Badge key={language} variant="outline" color="gray.8" tt="none">
                          {language}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(item.publishedAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      onClick={() => setChosen(item)}
                      aria-label={t("portal.copy.copyOf", { title: item.title })}
                    >
                      {t("portal.copy.copy")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CopyDialog page={chosen} target={target} onClose={() => setChosen(null)} />
    </>
  );
}
