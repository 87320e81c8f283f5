import type { UseQueryResult } from "@tanstack/react-query";
import { DataTable } from "../../ui/data-table/data-table.js";
import type { TColumn, TSort } from "../../ui/data-table/table-rows.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { ProblemAlert } from "../../ui/problem-alert.js";

type TReferenceTablePanelProps<TRow> = {
  query: UseQueryResult<TRow[]>;
  caption: string;
  columns: readonly TColumn<TRow>[];
  getRowKey: (row: TRow) => string;
  initialSort: TSort;
};

/** One reference list: skeleton while loading, the API's problem on failure, else the table. */
export function ReferenceTablePanel<TRow>({ query, ...table }: TReferenceTablePanelProps<TRow>) {
  if (query.isPending) return <TableSkeleton />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <DataTable rows={query.data} {...table} />;
}
