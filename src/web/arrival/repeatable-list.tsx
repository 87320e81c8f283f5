import { Button, Fieldset, Group, Stack, Text } from "@mantine/core";
import { type ReactNode, useEffect, useId, useRef } from "react";

type TRepeatableListProps<TRow extends { rowId: string }> = {
  legend: string;
  rows: readonly TRow[];
  /** The legend of one row ("Sprache 2"), so its inputs are told apart. */
  rowLegend: (index: number) => string;
  renderRow: (row: TRow, index: number) => ReactNode;
  addLabel: string;
  /** The remove button's text; the row's legend tells which row it removes. */
  removeLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  maxRows: number;
  /** A message about the list as a whole (e.g. too many entries). */
  error?: string;
};

/**
 * A fieldset of rows the user adds and removes (further names, languages). A new row takes focus at
 * its first input; after a removal, focus goes to the add button, so keyboard users never lose their place.
 */
export function RepeatableList<TRow extends { rowId: string }>(props: TRepeatableListProps<TRow>) {
  const { rows } = props;
  const errorId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const previousCount = useRef(rows.length);

  useEffect(() => {
    if (rows.length > previousCount.current) {
      const rowElements = listRef.current?.querySelectorAll<HTMLElement>("[data-list-row]");
      rowElements?.[rowElements.length - 1]?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    } else if (rows.length < previousCount.current) {
      addRef.current?.focus();
    }
    previousCount.current = rows.length;
  }, [rows.length]);

  return (
    <Fieldset legend={props.legend} variant="unstyled" mt="md">
      <Stack gap="sm" ref={listRef}>
        {rows.map((row, index) => (
          <Fieldset key={row.rowId} legend={props.rowLegend(index)} data-list-row>
            <Group align="flex-end" wrap="wrap" gap="sm">
              {props.renderRow(row, index)}
              <Button variant="default" onClick={() => props.onRemove(index)}>
                {props.removeLabel}
              </Button>
            </Group>
          </Fieldset>
        ))}
      </Stack>
      {props.error ? (
        <Text id={errorId} c="red.9" size="sm" mt="xs">
          {props.error}
        </Text>
      ) : null}
      {rows.length < props.maxRows ? (
        <Button
          ref={addRef}
          variant="light"
          mt="sm"
          onClick={props.onAdd}
          aria-describedby={props.error ? errorId : undefined}
        >
          {props.addLabel}
        </Button>
      ) : null}
    </Fieldset>
  );
}
