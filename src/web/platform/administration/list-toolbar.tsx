import { Group, Select, TextInput } from "@mantine/core";
import type { ReactNode } from "react";

type TListToolbarProps<TFilter extends string> = {
  searchLabel: string;
  search: string;
  onSearchChange: (search: string) => void;
  filterLabel: string;
  /** The placeholder of the filter when nothing is chosen ("all"). */
  anyLabel: string;
  filterOptions: readonly { value: TFilter; label: string }[];
  filter: TFilter | undefined;
  onFilterChange: (filter: TFilter | undefined) => void;
  /** The page's main action (create, invite), shown where the actor may take it. */
  action?: ReactNode;
};

/** Above an administration list: a search field and one filter on the left, the page's action on the right. */
export function ListToolbar<TFilter extends string>(props: TListToolbarProps<TFilter>) {
  const { filterOptions } = props;
  return (
    <Group justify="space-between" align="flex-end" mb="md">
      <Group align="flex-end">
        <TextInput
          type="search"
          label={props.searchLabel}
          value={props.search}
          onChange={(event) => props.onSearchChange(event.currentTarget.value)}
          w={{ base: "100%", sm: 320 }}
        />
        <Select
          label={props.filterLabel}
          placeholder={props.anyLabel}
          data={filterOptions.map((option) => ({ ...option }))}
          value={props.filter ?? null}
          onChange={(value) => props.onFilterChange(filterOptions.find((option) => option.value === value)?.value)}
          clearable
        />
      </Group>
      {props.action}
    </Group>
  );
}
