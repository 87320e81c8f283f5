import { Anchor, Button, Group, Paper, Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPersonList } from "../../common/arrival/person-schemas.js";
import { ListToolbar } from "../platform/administration/list-toolbar.js";
import { PagedTable, type TPagedColumn, type TServerSort } from "../platform/administration/paged-table.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { NoValue } from "../ui/no-value.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { NoAccessNotice } from "./no-access-notice.js";
import { canListPersons, canRegisterPersons } from "./person-access.js";
import { PersonListFilters, type TPersonListFilters } from "./person-list-filters.js";
import { personsPageSize, personsQuery, type TPersonSort } from "./person-queries.js";

type TPersonRow = TPersonList["items"][number];

const sortOptions = ["familyName", "-familyName", "-createdAt", "createdAt"] as const satisfies readonly TPersonSort[];

function toServerSort(sort: TPersonSort): TServerSort {
  return sort.startsWith("-") ? { sortKey: sort.slice(1), direction: "desc" } : { sortKey: sort, direction: "asc" };
}

/** Ankommen: the persons the user may see, searched, filtered by municipality, sorted and paged by the server. */
export function ArrivalPage() {
  const user = useSignedInUser();
  if (!canListPersons(user)) return <NoPersonAccess />;
  return <PersonList canRegister={canRegisterPersons(user)} />;
}

/** Roles that see no single person (administration, steering, audit, editing) learn why the list is not there. */
function NoPersonAccess() {
  const { t } = useTranslation();
  return (
    <NoAccessNotice pageTitle={t("modules.arrival.title")} heading={t("arrival.list.noAccessTitle")}>
      <Text mb="sm">{t("arrival.list.noAccess")}</Text>
      <Text c="dimmed">{t("modules.arrival.purpose")}</Text>
    </NoAccessNotice>
  );
}

function PersonList({ canRegister }: { canRegister: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [municipalityAgs, setMunicipalityAgs] = useState<string | undefined>(undefined);
  const [sort, setSort] = useState<TPersonSort>("familyName");
  const [page, setPage] = useState(1);
  const municipalities = useQuery(municipalitiesQuery);
  const [filters, setFilters] = useState<TPersonListFilters>({});
  const persons = useQuery(
    personsQuery({ ...filters, search: debouncedSearch || undefined, municipalityAgs, sort, page }),
  );
  const municipalityNames = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const sortLabels: Record<(typeof sortOptions)[number], string> = {
    familyName: t("arrival.list.sort.familyName"),
    "-familyName": t("arrival.list.sort.familyNameDescending"),
    "-createdAt": t("arrival.list.sort.newest"),
    createdAt: t("arrival.list.sort.oldest"),
  };

  const columns: TPagedColumn<TPersonRow>[] = [
    {
      key: "name",
      header: t("arrival.list.name"),
      sortKey: "familyName",
      render: (row) => (
        <Anchor component={Link} to={`/arrival/persons/${row.id}`}>
          {[row.familyName, row.givenName].filter((part) => part !== "").join(", ")}
        </Anchor>
      ),
    },
    {
      key: "birthYear",
      header: t("arrival.fields.birthYear"),
      render: (row) => (row.birthYear === null ? <NoValue /> : row.birthYear),
    },
    {
      key: "municipality",
      header: t("arrival.fields.municipality"),
      render: (row) => <span lang="de">{municipalityNames.get(row.municipalityAgs) ?? row.municipalityAgs}</span>,
    },
  ];

  function changeSort(next: TPersonSort) {
    setSort(next);
    setPage(1);
  }

  return (
    <>
      <PageHeader title={t("modules.arrival.title")} description={t("arrival.list.description")} />
      <ListToolbar
        searchLabel={t("arrival.list.search")}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        filterLabel={t("arrival.fields.municipality")}
        anyLabel={t("arrival.list.allMunicipalities")}
        filterOptions={(municipalities.data ?? []).map((entry) => ({ value: entry.ags, label: entry.name }))}
        filter={municipalityAgs}
        onFilterChange={(value) => {
          setMunicipalityAgs(value);
          setPage(1);
        }}
        action={
          <Group align="flex-end">
            <Select
              label={t("arrival.list.sortLabel")}
              data={sortOptions.map((value) => ({ value, label: sortLabels[value] }))}
              value={sort}
              onChange={(value) => changeSort(sortOptions.find((option) => option === value) ?? "familyName")}
              allowDeselect={false}
            />
            <Button component={Link} to="/arrival/worklist" variant="default">
              {t("arrival.worklist.link")}
            </Button>
            {canRegister ? (
              <Button component={Link} to="/arrival/import" variant="default">
                {t("arrival.import.link")}
              </Button>
            ) : null}
            {canRegister ? (
              <Button component={Link} to="/arrival/new">
                {t("arrival.list.register")}
              </Button>
            ) : null}
          </Group>
        }
      />
      <PersonListFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {persons.isPending ? (
        <TableSkeleton />
      ) : persons.isError ? (
        <ProblemAlert error={persons.error} onRetry={() => void persons.refetch()} />
      ) : (
        <PagedTable
          caption={t("arrival.list.caption")}
          columns={columns}
          rows={persons.data.items}
          getRowKey={(row) => row.id}
          sort={toServerSort(sort)}
          onSortChange={(next) => changeSort(next.direction === "asc" ? "familyName" : "-familyName")}
          page={page}
          pageSize={personsPageSize}
          total={persons.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">
                {debouncedSearch || municipalityAgs || Object.values(filters).some(Boolean)
                  ? t("arrival.list.noMatch")
                  : t("arrival.list.empty")}
              </Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
