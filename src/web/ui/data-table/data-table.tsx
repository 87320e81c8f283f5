import { Group, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { NoValue } from "../no-value.js";
import classes from "./data-table.module.css";
import { SortIcon } from "./sort-icon.js";
import { filterRows, sortRows, type TColumn, type TSort, toggleSort } from "./table-rows.js";

type TDataTableProps<TRow> = {
  /** Names the table for assistive technology (the visible heading is usually the tab or page). */
  caption: string;
  columns: readonly TColumn<TRow>[];
  rows: readonly TRow[];
  getRowKey: (row: TRow) => string;
  initialSort: TSort;
};

/** A sortable, filterable table of a few hundred rows at most; sorting and filtering happen here. */
export function DataTable<TRow>({ caption, columns, rows, getRowKey, initialSort }: TDataTableProps<TRow>) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState(initialSort);
  const sortColumn = columns.find((column) => column.key === sort.columnKey);
  const language = i18n.resolvedLanguage;
  const visibleRows = useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true, sensitivity: "base" });
    const filtered = filterRows(rows, columns, query);
    return sortColumn ? sortRows(filtered, sortColumn.value, sort.direction, collator) : filtered;
  }, [rows, columns, query, sortColumn, sort.direction, language]);

  if (rows.length === 0) return <Text>{t("table.empty")}</Text>;

  const count =
    visibleRows.length === rows.length
      ? t("table.rowCount", { count: rows.length })
      : t("table.filteredRowCount", { count: visibleRows.length, total: rows.length });
  const sortText = sortColumn
    ? sort.direction === "ascending"
      ? t("table.sortedAscending", { column: sortColumn.header })
      : t("table.sortedDescending", { column: sortColumn.header })
    : "";

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm" gap="md">
        <TextInput
          type="search"
          label={t("table.filterLabel")}
          description={t("table.filterDescription")}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={{ base: "100%", sm: 360 }}
        />
        <Text size="sm" role="status">
          {count} {sortText}
        </Text>
      </Group>
      {visibleRows.length === 0 ? (
        <Text>{t("table.noMatch", { query })}</Text>
      ) : (
        // Narrow screens scroll the table sideways instead of cutting off its last columns.
        <Table.ScrollContainer minWidth={640} type="native" className={classes.scrollContainer}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>
              <VisuallyHidden>{caption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => {
                  const isSorted = column.key === sort.columnKey;
                  return (
                    <Table.Th
                      key={column.key}
                      scope="col"
                      aria-sort={isSorted ? sort.direction : undefined}
                      className={column.isNumeric ? classes.numeric : undefined}
                    >
                      {column.isSortable === false ? (
                        column.header
                      ) : (
                        <UnstyledButton
                          className={classes.sortButton}
                          onClick={() => setSort((current) => toggleSort(current, column.key))}
                        >
                          {column.header}
                          <SortIcon direction={isSorted ? sort.direction : undefined} />
                        </UnstyledButton>
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visibleRows.map((row) => (
                <Table.Tr key={getRowKey(row)}>
                  {columns.map((column) => (
                    <Table.Td
                      key={column.key}
                      lang={column.lang}
                      className={column.isNumeric ? classes.numeric : undefined}
                    >
                      {renderCell(column, row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function renderCell<TRow>(column: TColumn<TRow>, row: TRow) {
  if (column.render) return column.render(row);
  const value = column.value(row);
  return value === null || value === "" ? <NoValue /> : value;
}
