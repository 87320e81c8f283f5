import { Anchor, Badge, Paper, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TFirstContactWorklist } from "../../common/arrival/worklist-schemas.js";
import { PagedTable, type TPagedColumn } from "../platform/administration/paged-table.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { firstContactWorklistQuery, personsPageSize } from "./person-queries.js";

type TRow = TFirstContactWorklist["items"][number];

/** The newcomers still waiting for a first contact, longest wait first, with the overdue ones marked. */
export function FirstContactWorklistPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [page, setPage] = useState(1);
  const worklist = useQuery(firstContactWorklistQuery(page));
  const municipalities = useQuery(municipalitiesQuery);
  const names = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const columns: TPagedColumn<TRow>[] = [
    {
      key: "name",
      header: t("arrival.list.name"),
      render: (row) => (
        <Anchor component={Link} to={`/arrival/persons/${row.id}`}>
          {row.familyName}, {row.givenName}
        </Anchor>
      ),
    },
    {
      key: "municipality",
      header: t("arrival.fields.municipality"),
      render: (row) => names.get(row.municipalityAgs) ?? row.municipalityAgs,
    },
    { key: "since", header: t("arrival.worklist.waitingSince"), render: (row) => formatDate(row.waitingSince) },
    {
      key: "days",
      header: t("arrival.worklist.daysWaited"),
      render: (row) => (
        <>
          {t("arrival.worklist.days", { count: row.daysWaited })}{" "}
          {row.isOverdue ? (
            <Badge color="red.9" variant="filled">
              {t("arrival.worklist.overdue")}
            </Badge>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t("arrival.worklist.title")} description={t("arrival.worklist.description")} />
      {worklist.isPending ? (
        <TableSkeleton />
      ) : worklist.isError ? (
        <ProblemAlert error={worklist.error} onRetry={() => void worklist.refetch()} />
      ) : (
        <>
          <Text role="status" mb="sm">
            {t("arrival.worklist.summary", {
              count: worklist.data.total,
              overdue: worklist.data.overdue,
              target: worklist.data.targetDays,
            })}
          </Text>
          <PagedTable
            caption={t("arrival.worklist.title")}
            columns={columns}
            rows={worklist.data.items}
            getRowKey={(row) => row.id}
            sort={{ sortKey: "since", direction: "asc" }}
            onSortChange={() => undefined}
            page={page}
            pageSize={personsPageSize}
            total={worklist.data.total}
            onPageChange={setPage}
            empty={
              <Paper withBorder p="lg" radius="md">
                <Text>{t("arrival.worklist.empty")}</Text>
              </Paper>
            }
          />
        </>
      )}
    </>
  );
}
