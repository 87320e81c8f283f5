import { Anchor, Badge, Button, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TUserStatus, type TUserSummary, userStatuses } from "../../../common/platform/user-schemas.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeRole } from "../session/membership-labels.js";
import { usersQuery } from "./administration-api.js";
import { describeUserStatus, statusColors } from "./administration-labels.js";
import { InviteDialog } from "./invite-dialog.js";
import { ListToolbar } from "./list-toolbar.js";
import { PagedTable, type TPagedColumn, type TServerSort } from "./paged-table.js";

const pageSize = 25;

/** Verwaltung: the people who work with KommMit, searched and paged on the server; invitations. */
export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<TUserStatus | undefined>(undefined);
  const [sort, setSort] = useState<TServerSort>({ sortKey: "displayName", direction: "asc" });
  const [page, setPage] = useState(1);
  const [isInviting, setIsInviting] = useState(false);
  const users = useQuery(
    usersQuery({
      q: debouncedSearch || undefined,
      status,
      sort: sort.sortKey as "displayName",
      direction: sort.direction,
      page,
      pageSize,
    }),
  );

  const columns: TPagedColumn<TUserSummary>[] = [
    {
      key: "name",
      header: t("administration.users.name"),
      sortKey: "displayName",
      render: (row) => (
        <Anchor component={Link} to={`/administration/users/${row.id}`}>
          {row.displayName}
        </Anchor>
      ),
    },
    { key: "email", header: t("administration.users.email"), sortKey: "email", render: (row) => row.email },
    {
      key: "memberships",
      header: t("administration.users.memberships"),
      render: (row) =>
        row.memberships.map((membership) => (
          <Text key={`${membership.organisationId}-${membership.role}`} size="sm">
            {membership.organisationName}: {describeRole(membership.role, t)}
          </Text>
        )),
    },
    {
      key: "status",
      header: t("administration.users.status"),
      render: (row) => (
        <Badge color={statusColors[row.status]} variant="filled">
          {describeUserStatus(row.status, t)}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("modules.users.title")} description={t("administration.users.description")} />
      <ListToolbar
        searchLabel={t("administration.users.search")}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        filterLabel={t("administration.users.status")}
        anyLabel={t("administration.all")}
        filterOptions={userStatuses.map((value) => ({ value, label: describeUserStatus(value, t) }))}
        filter={status}
        onFilterChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        action={
          users.data?.canInvite ? (
            <Button onClick={() => setIsInviting(true)}>{t("administration.invite.open")}</Button>
          ) : null
        }
      />
      {users.isPending ? (
        <TableSkeleton />
      ) : users.isError ? (
        <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <PagedTable
          caption={t("modules.users.title")}
          columns={columns}
          rows={users.data.items}
          getRowKey={(row) => row.id}
          sort={sort}
          onSortChange={setSort}
          page={page}
          pageSize={pageSize}
          total={users.data.total}
          onPageChange={setPage}
          empty={
            <Text>{debouncedSearch || status ? t("administration.noMatch") : t("administration.users.empty")}</Text>
          }
        />
      )}
      {isInviting ? <InviteDialog isOpen onClose={() => setIsInviting(false)} /> : null}
    </>
  );
}
