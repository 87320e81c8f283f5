import { Anchor, Badge, Button, Paper, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { offerStatuses, type TOfferStatus } from "../../../common/offers/offer.js";
import { offerSorts, type TOfferSummary } from "../../../common/offers/offer-schemas.js";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { ListToolbar } from "../../platform/administration/list-toolbar.js";
import { PagedTable, type TPagedColumn, type TServerSort } from "../../platform/administration/paged-table.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { NoValue } from "../../ui/no-value.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { canListOffers } from "./offer-access.js";
import { useOfferLabels } from "./offer-labels.js";
import { myOffersPageSize, myOffersQuery } from "./offer-queries.js";
import { OfferStatusBadge } from "./offer-status-badge.js";

/** Meine Angebote: the offers the actor keeps, searched by title, filtered by status, newest change first. */
export function MyOffersPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!canListOffers(user)) {
    return (
      <NoAccessNotice pageTitle={t("offers.directory.mine.title")} heading={t("offers.directory.noAccessTitle")}>
        {t("offers.directory.mine.noAccess")}
      </NoAccessNotice>
    );
  }
  return <MyOffersList />;
}

function MyOffersList() {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const formatDateTime = useDateTimeFormat();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<TOfferStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<TServerSort>({ sortKey: "updatedAt", direction: "desc" });
  const offers = useQuery(
    myOffersQuery({
      q: debouncedSearch || undefined,
      status,
      sort: offerSorts.find((key) => key === sort.sortKey) ?? "updatedAt",
      direction: sort.direction,
      page,
    }),
  );

  const columns: TPagedColumn<TOfferSummary>[] = [
    {
      key: "title",
      header: t("offers.directory.mine.columns.title"),
      sortKey: "title",
      render: (row) =>
        row.allowedActions.includes("edit") || row.allowedActions.includes("withdraw") ? (
          <Anchor component={Link} to={`/offers/${row.id}/edit`} lang="de">
            {row.title}
          </Anchor>
        ) : (
          <span lang="de">{row.title}</span>
        ),
    },
    {
      key: "status",
      header: t("offers.directory.mine.columns.status"),
      sortKey: "status",
      render: (row) => (
        <>
          <OfferStatusBadge status={row.status} />{" "}
          {row.hasPendingRevision ? (
            <Badge variant="outline" color="blue.9">
              {t("offers.directory.mine.pendingChange")}
            </Badge>
          ) : null}
        </>
      ),
    },
    {
      key: "category",
      header: t("offers.directory.fields.category"),
      render: (row) => labels.categories[row.category],
    },
    {
      key: "freePlaces",
      header: t("offers.directory.mine.columns.places"),
      render: (row) =>
        row.capacity === null ? (
          <NoValue />
        ) : (
          t("offers.directory.mine.places", { free: row.freePlaces ?? 0, capacity: row.capacity })
        ),
    },
    {
      key: "updatedAt",
      header: t("offers.directory.mine.columns.updatedAt"),
      sortKey: "updatedAt",
      render: (row) => formatDateTime(row.updatedAt),
    },
  ];

  const isFiltered = debouncedSearch !== "" || status !== undefined;
  return (
    <>
      <PageHeader title={t("offers.directory.mine.title")} description={t("offers.directory.mine.description")} />
      <ListToolbar
        searchLabel={t("offers.directory.mine.search")}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        filterLabel={t("offers.directory.mine.columns.status")}
        anyLabel={t("offers.directory.mine.allStatuses")}
        filterOptions={offerStatuses.map((value) => ({ value, label: labels.statuses[value] }))}
        filter={status}
        onFilterChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        action={
          offers.data?.canCreate ? (
            <Button component={Link} to="/offers/new">
              {t("offers.directory.mine.create")}
            </Button>
          ) : null
        }
      />
      {offers.isPending ? (
        <TableSkeleton />
      ) : offers.isError ? (
        <ProblemAlert error={offers.error} onRetry={() => void offers.refetch()} />
      ) : (
        <PagedTable
          caption={t("offers.directory.mine.caption")}
          columns={columns}
          rows={offers.data.items}
          getRowKey={(row) => row.id}
          sort={sort}
          onSortChange={(next) => {
            setSort(next);
            setPage(1);
          }}
          page={page}
          pageSize={myOffersPageSize}
          total={offers.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">
                {isFiltered ? t("offers.directory.mine.noMatch") : t("offers.directory.mine.empty")}
              </Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
