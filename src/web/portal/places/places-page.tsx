import { Anchor, Button, Group, Paper, Select, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  placeCategories,
  placeStatuses,
  type TPlaceCategory,
  type TPlaceStatus,
} from "../../../common/portal/place.js";
import type { TPlace } from "../../../common/portal/place-schemas.js";
import { PagedTable, type TPagedColumn } from "../../platform/administration/paged-table.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { describeOwner, findEditableOwners } from "../content-owners.js";
import { OwnerSelect } from "../owner-select.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { PortalStatusBadge } from "../portal-status-badge.js";
import { usePlaceLabels } from "./place-labels.js";
import { placesPageSize, placesQuery } from "./place-queries.js";

/** Orte: the editor's places, searched by name, filtered by owner, category and status, newest change first. */
export function PortalPlacesPage() {
  const { t } = useTranslation();
  return (
    <PortalEditorFrame pageTitle={t("portal.places.title")}>
      <PlaceList />
    </PortalEditorFrame>
  );
}

const unsorted = { sortKey: "updatedAt", direction: "desc" } as const;

function PlaceList() {
  const { t } = useTranslation();
  const labels = usePlaceLabels();
  const formatDateTime = useDateTimeFormat();
  const owners = findEditableOwners(useSignedInUser());
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [owner, setOwner] = useState("");
  const [category, setCategory] = useState<TPlaceCategory | undefined>(undefined);
  const [status, setStatus] = useState<TPlaceStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const places = useQuery(
    placesQuery({ q: debouncedSearch || undefined, owner: owner || undefined, category, status, page }),
  );

  const columns: TPagedColumn<TPlace>[] = [
    {
      key: "name",
      header: t("portal.places.fields.name"),
      render: (row) => (
        <Anchor component={Link} to={`/portal/places/${row.id}`} lang="de">
          {row.texts.find((text) => text.language === "de")?.name ?? row.id}
        </Anchor>
      ),
    },
    { key: "category", header: labels.fields.category, render: (row) => labels.categories[row.category] },
    { key: "status", header: t("portal.fields.status"), render: (row) => <PortalStatusBadge status={row.status} /> },
    ...(owners.length > 1
      ? [
          {
            key: "owner",
            header: t("portal.fields.owner"),
            render: (row: TPlace) => describeOwner(owners, row.ownerUnitKey),
          },
        ]
      : []),
    { key: "updatedAt", header: t("portal.fields.updatedAt"), render: (row) => formatDateTime(row.updatedAt) },
  ];

  const isFiltered = debouncedSearch !== "" || owner !== "" || category !== undefined || status !== undefined;
  const filtered =
    <TValue,>(set: (value: TValue) => void) =>
    (value: TValue) => {
      set(value);
      setPage(1);
    };
  return (
    <>
      <PageHeader title={t("portal.places.title")} description={t("portal.places.description")} />
      <Group justify="space-between" align="flex-end" mb="md">
        <Group align="flex-end">
          <TextInput
            type="search"
            label={t("portal.places.search")}
            value={search}
            onChange={(event) => filtered(setSearch)(event.currentTarget.value)}
            w={{ base: "100%", sm: 280 }}
          />
          {owners.length > 1 ? (
            <OwnerSelect owners={owners} value={owner} onChange={filtered(setOwner)} anyLabel={t("portal.allOwners")} />
          ) : null}
          <Select
            label={labels.fields.category}
            placeholder={t("portal.places.allCategories")}
            data={placeCategories.map((value) => ({ value, label: labels.categories[value] }))}
            value={category ?? null}
            onChange={(value) => filtered(setCategory)(placeCategories.find((entry) => entry === value))}
            clearable
            clearButtonProps={{ "aria-label": t("portal.form.clear") }}
          />
          <Select
            label={t("portal.fields.status")}
            placeholder={t("portal.allStatuses")}
            data={placeStatuses.map((value) => ({ value, label: labels.statuses[value] }))}
            value={status ?? null}
            onChange={(value) => filtered(setStatus)(placeStatuses.find((entry) => entry === value))}
            clearable
            clearButtonProps={{ "aria-label": t("portal.form.clear") }}
          />
        </Group>
        <Button component={Link} to="/portal/places/new">
          {t("portal.places.create")}
        </Button>
      </Group>
      {places.isPending ? (
        <TableSkeleton />
      ) : places.isError ? (
        <ProblemAlert error={places.error} onRetry={() => void places.refetch()} />
      ) : (
        <PagedTable
          caption={t("portal.places.caption")}
          columns={columns}
          rows={places.data.items}
          getRowKey={(row) => row.id}
          sort={unsorted}
          onSortChange={() => undefined}
          page={page}
          pageSize={placesPageSize}
          total={places.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">{isFiltered ? t("portal.places.noMatch") : t("portal.places.empty")}</Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
