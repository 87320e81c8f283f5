import { Badge, Group, List, Paper, Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  importRowStatuses,
  type TArrivalImport,
  type TImportRow,
  type TImportRowStatus,
} from "../../common/arrival/import-schemas.js";
import { PagedTable, type TPagedColumn } from "../platform/administration/paged-table.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { importRowsPageSize, importRowsQuery } from "./import-queries.js";

/** Filled badges with white text at WCAG AA contrast (green.9 and orange.9 fall just short). */
const statusColours: Record<TImportRowStatus, string> = {
  ok: "teal.9",
  error: "red.9",
  likely_duplicate: "violet.9",
  in_file_duplicate: "gray.8",
  already_imported: "blue.9",
};

export function useRowStatusLabels(): Record<TImportRowStatus, string> {
  const { t } = useTranslation();
  return {
    ok: t("arrival.import.status.ok"),
    error: t("arrival.import.status.error"),
    likely_duplicate: t("arrival.import.status.likely_duplicate"),
    in_file_duplicate: t("arrival.import.status.in_file_duplicate"),
    already_imported: t("arrival.import.status.already_imported"),
  };
}

/** The validated rows, paged by the server, with their reasons in the UI language and their duplicate candidates. */
export function ImportRowsTable({ current }: { current: TArrivalImport }) {
  const importId = current.id;
  // A row that failed has no validated record: its name is shown from the mapped columns as written.
  const nameColumns = [current.mapping.familyName, current.mapping.givenName].map((heading) =>
    heading ? current.headers.indexOf(heading) : -1,
  );
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage?.startsWith("de") ? "de" : "en";
  const statusLabels = useRowStatusLabels();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TImportRowStatus | undefined>(undefined);
  const rows = useQuery(importRowsQuery(importId, page, status));
  const columns: TPagedColumn<TImportRow>[] = [
    { key: "row", header: t("arrival.import.row"), render: (row) => row.rowNumber },
    {
      key: "name",
      header: t("arrival.list.name"),
      render: (row) =>
        row.familyName !== null
          ? `${row.familyName}, ${row.givenName ?? ""}`
          : nameColumns.map((index) => row.cells[index] ?? "").join(", "),
    },
    {
      key: "status",
      header: t("arrival.import.statusColumn"),
      render: (row) => (
        <Badge color={statusColours[row.status]} variant="filled">
          {statusLabels[row.status]}
        </Badge>
      ),
    },
    {
      key: "reasons",
      header: t("arrival.import.reasons"),
      render: (row) =>
        row.reasons.length === 0 ? null : (
          <List size="sm">
            {row.reasons.map((reason) => (
              <List.Item key={`${reason.code}-${reason.field ?? ""}`}>
                {reason.column ? `${reason.column}: ` : ""}
                {reason.message[language]}
              </List.Item>
            ))}
          </List>
        ),
    },
  ];
  return (
    <>
      <Group mb="sm">
        <Select
          label={t("arrival.import.filterStatus")}
          placeholder={t("arrival.import.allRows")}
          data={importRowStatuses.map((value) => ({ value, label: statusLabels[value] }))}
          value={status ?? null}
          onChange={(value) => {
            setStatus(importRowStatuses.find((candidate) => candidate === value));
            setPage(1);
          }}
          clearable
        />
      </Group>
      {rows.isPending ? (
        <TableSkeleton />
      ) : rows.isError ? (
        <ProblemAlert error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <PagedTable
          caption={t("arrival.import.previewTitle")}
          columns={columns}
          rows={rows.data.items}
          getRowKey={(row) => String(row.rowNumber)}
          sort={{ sortKey: "row", direction: "asc" }}
          onSortChange={() => undefined}
          page={page}
          pageSize={importRowsPageSize}
          total={rows.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text>{t("arrival.import.noRows")}</Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
