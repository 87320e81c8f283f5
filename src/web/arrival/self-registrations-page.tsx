import { Anchor, Badge, Group, Paper, Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { selfRegistrationStatuses, type TSelfRegistrationStatus } from "../../common/arrival/self-registration.js";
import type { TSelfRegistrationList } from "../../common/arrival/self-registration-schemas.js";
import { PagedTable, type TPagedColumn } from "../platform/administration/paged-table.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { describeEmailConfirmation, describeSelfRegistrationStatus } from "./self-registration-labels.js";
import { selfRegistrationsPageSize, selfRegistrationsQuery } from "./self-registration-queries.js";

type TRow = TSelfRegistrationList["items"][number];

/** What newcomers sent from the portal for the user's area, the longest waiting first. */
export function SelfRegistrationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [status, setStatus] = useState<TSelfRegistrationStatus>("pending");
  const [municipalityAgs, setMunicipalityAgs] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useQuery(selfRegistrationsQuery({ status, municipalityAgs, page }));
  const municipalities = useQuery(municipalitiesQuery);
  const names = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const columns: TPagedColumn<TRow>[] = [
    {
      key: "name",
      header: t("arrival.list.name"),
      render: (row) => (
        <Anchor component={Link} to={`/arrival/self-registrations/${row.id}`}>
          {row.familyName || "–"}, {row.givenName || "–"}
        </Anchor>
      ),
    },
    { key: "birthYear", header: t("arrival.fields.birthYear"), render: (row) => row.birthYear ?? "–" },
    {
      key: "municipality",
      header: t("arrival.fields.municipality"),
      render: (row) => names.get(row.municipalityAgs) ?? row.municipalityAgs,
    },
    {
      key: "submitted",
      header: t("selfRegistrations.submittedAt"),
      render: (row) => formatDate(row.submittedAt.slice(0, 10)),
    },
    {
      key: "email",
      header: t("arrival.fields.email"),
      render: (row) =>
        row.emailConfirmation === "not_needed" ? (
          "–"
        ) : (
          <Badge color={row.emailConfirmation === "confirmed" ? "#1b5e20" : "dark"} variant="filled">
            {describeEmailConfirmation(row.emailConfirmation, t)}
          </Badge>
        ),
    },
  ];
  return (
    <>
      <PageHeader title={t("selfRegistrations.title")} description={t("selfRegistrations.description")} />
      <Group align="flex-end" mb="md">
        <Select
          label={t("selfRegistrations.status")}
          data={selfRegistrationStatuses.map((value) => ({ value, label: describeSelfRegistrationStatus(value, t) }))}
          value={status}
          onChange={(value) => {
            setStatus(selfRegistrationStatuses.find((candidate) => candidate === value) ?? "pending");
            setPage(1);
          }}
          allowDeselect={false}
          maw={240}
        />
        <Select
          label={t("arrival.fields.municipality")}
          placeholder={t("selfRegistrations.allMunicipalities")}
          data={(municipalities.data ?? []).map((entry) => ({ value: entry.ags, label: entry.name }))}
          value={municipalityAgs}
          onChange={(value) => {
            setMunicipalityAgs(value);
            setPage(1);
          }}
          searchable
          clearable
          maw={320}
        />
      </Group>
      {list.isPending ? (
        <TableSkeleton />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable
          caption={t("selfRegistrations.title")}
          columns={columns}
          rows={list.data.items}
          getRowKey={(row) => row.id}
          sort={{ sortKey: "submitted", direction: "asc" }}
          onSortChange={() => undefined}
          page={page}
          pageSize={selfRegistrationsPageSize}
          total={list.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text>{t("selfRegistrations.empty")}</Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
