import { Table, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import classes from "../../ui/data-table/data-table.module.css";
import { SortIcon } from "../../ui/data-table/sort-icon.js";
import { PageNavigation } from "../../ui/page-navigation.js";

export type TPagedColumn<TRow> = {
  key: string;
  header: string;
  render: (row: TRow) => ReactNode;
  /** Set when the server can sort by this column. */
  sortKey?: string;
};

export type TServerSort = { sortKey: string; direction: "asc" | "desc" };

type TPagedTableProps<TRow> = {
  caption: string;
  columns: readonly TPagedColumn<TRow>[];
  rows: readonly TRow[];
  getRowKey: (row: TRow) => string;
  sort: TServerSort;
  onSortChange: (sort: TServerSort) => void;
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
};

/**
 * A table whose rows the server searches, sorts and pages (lists that grow without bound, such as
 * users). The sort buttons and page links say what they do to assistive technology.
 */
export function PagedTable<TRow>(props: TPagedTableProps<TRow>) {
  const { t } = useTranslation();
  const { columns, rows, sort, page, pageSize, total } = props;
  if (rows.length === 0) return <>{props.empty}</>;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  function toggle(sortKey: string) {
    const isAscending = sort.sortKey === sortKey && sort.direction === "asc";
    props.onSortChange({ sortKey, direction: isAscending ? "desc" : "asc" });
  }

  return (
    <>
      <Text size="sm" role="status" mb="xs">
        {t("administration.table.range", { first, last, total })}
      </Text>
      <Table.ScrollContainer minWidth={640} type="native" className={classes.scrollContainer}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Caption>
            <VisuallyHidden>{props.caption}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const isSorted = column.sortKey !== undefined && column.sortKey === sort.sortKey;
                const direction = sort.direction === "asc" ? "ascending" : "descending";
                return (
                  <Table.Th key={column.key} scope="col" aria-sort={isSorted ? direction : undefined}>
                    {column.sortKey === undefined ? (
                      column.header
                    ) : (
                      <UnstyledButton className={classes.sortButton} onClick={() => toggle(column.sortKey ?? "")}>
                        {column.header}
                        <SortIcon direction={isSorted ? direction : undefined} />
                      </UnstyledButton>
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={props.getRowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageNavigation pageCount={pageCount} page={page} onChange={props.onPageChange} justify="center" />
    </>
  );
}
