import { Button, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { PortalSectionNav } from "../portal-section-nav.js";
import { canEditPortalPages } from "./page-access.js";
import { usePageLabels } from "./page-labels.js";
import { PageListSections } from "./page-list-section.js";
import { usePageOwnerChoice } from "./page-owner-choice.js";
import { pageListQuery } from "./page-queries.js";

/** Portal: the content editor's pages by topic, for their administration (or a choice of them). */
export function PagesListPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { owners, owner, choose } = usePageOwnerChoice();
  const labels = usePageLabels();
  if (!canEditPortalPages(user) || (owners.isSuccess && owner === undefined)) {
    return (
      <NoAccessNotice pageTitle={t("portal.pages.list.title")} heading={t("portal.pages.noAccessTitle")}>
        {t("portal.pages.noAccess")}
      </NoAccessNotice>
    );
  }
  return (
    <>
      <PortalSectionNav />
      <PageHeader title={t("portal.pages.list.title")} description={t("portal.pages.list.description")} />
      {owners.isError ? <ProblemAlert error={owners.error} onRetry={() => void owners.refetch()} /> : null}
      {owners.isPending ? <TableSkeleton /> : null}
      {owner !== undefined ? (
        <Stack gap="md">
          {(owners.data?.items.length ?? 0) > 1 ? (
            <Select
              label={t("portal.pages.list.owner")}
              data={(owners.data?.items ?? []).map((item) => ({ value: item.owner, label: labels.owner(item) }))}
              value={owner}
              onChange={(value) => {
                if (value) choose(value);
              }}
              allowDeselect={false}
              maw={400}
            />
          ) : (
            <Text>
              {t("portal.pages.list.ownerIs", {
                owner: labels.owner(owners.data?.items[0] ?? { owner, unitName: null }),
              })}
            </Text>
          )}
          <OwnerPages owner={owner} />
        </Stack>
      ) : null}
    </>
  );
}

function OwnerPages({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const pages = useQuery(pageListQuery(owner));
  const [search, setSearch] = useState("");
  const term = search.trim().toLocaleLowerCase();
  const shown = (pages.data?.items ?? []).filter(
    (page) => term === "" || (page.germanTitle ?? page.slug).toLocaleLowerCase().includes(term),
  );
  return (
    <>
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={t("portal.pages.list.search")}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Button component={Link} to={`/portal/pages/new?owner=${encodeURIComponent(owner)}`}>
          {t("portal.pages.list.create")}
        </Button>
      </Group>
      {pages.isPending ? (
        <TableSkeleton />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : shown.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text role="status">{term === "" ? t("portal.pages.list.empty") : t("portal.pages.list.noMatch")}</Text>
        </Paper>
      ) : (
        <PageListSections pages={shown} />
      )}
    </>
  );
}
