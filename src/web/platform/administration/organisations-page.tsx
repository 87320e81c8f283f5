import { Button, Group, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganisation } from "../../../common/platform/organisation-schemas.js";
import { organisationKinds, type TOrganisationKind } from "../../../common/platform/organisations.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { NoValue } from "../../ui/no-value.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeOrganisationKind } from "../session/membership-labels.js";
import { organisationsQuery } from "./administration-api.js";
import { describeProviderType } from "./administration-labels.js";
import { ListToolbar } from "./list-toolbar.js";
import { OrganisationContactModal } from "./organisation-contact-modal.js";
import { OrganisationFormModal } from "./organisation-form-modal.js";
import { PagedTable, type TPagedColumn, type TServerSort } from "./paged-table.js";

const pageSize = 25;
type TEditing = { organisation: TOrganisation | undefined } | undefined;

/** Verwaltung: the district, its municipal administrations and the providers (provider admins: their own). */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<TOrganisationKind | undefined>(undefined);
  const [sort, setSort] = useState<TServerSort>({ sortKey: "name", direction: "asc" });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TEditing>(undefined);
  const [editingContact, setEditingContact] = useState<TOrganisation | undefined>(undefined);
  const organisations = useQuery(
    organisationsQuery({
      q: debouncedSearch || undefined,
      kind,
      sort: sort.sortKey as "name",
      direction: sort.direction,
      page,
      pageSize,
    }),
  );

  const columns: TPagedColumn<TOrganisation>[] = [
    { key: "name", header: t("administration.organisations.name"), sortKey: "name", render: (row) => row.name },
    {
      key: "kind",
      header: t("administration.organisations.kind"),
      sortKey: "kind",
      render: (row) => describeOrganisationKind(row.kind, t),
    },
    {
      key: "detail",
      header: t("administration.organisations.detail"),
      render: (row) =>
        row.providerType ? describeProviderType(row.providerType, t) : (row.municipalUnitName ?? <NoValue />),
    },
    { key: "members", header: t("administration.organisations.members"), render: (row) => row.memberCount },
    {
      key: "actions",
      header: t("administration.actions"),
      render: (row) =>
        row.allowedActions.includes("update") ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              onClick={() => setEditing({ organisation: row })}
              aria-label={t("administration.organisations.editNamed", { name: row.name })}
            >
              {t("administration.edit")}
            </Button>
            {row.kind === "provider" ? null : (
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditingContact(row)}
                aria-label={t("administration.contact.editNamed", { name: row.name })}
              >
                {t("administration.contact.edit")}
              </Button>
            )}
          </Group>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("modules.organisations.title")}
        description={t("administration.organisations.description")}
      />
      <ListToolbar
        searchLabel={t("administration.organisations.search")}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        filterLabel={t("administration.organisations.kind")}
        anyLabel={t("administration.all")}
        filterOptions={organisationKinds.map((value) => ({ value, label: describeOrganisationKind(value, t) }))}
        filter={kind}
        onFilterChange={(value) => {
          setKind(value);
          setPage(1);
        }}
        action={
          organisations.data?.canCreate ? (
            <Button onClick={() => setEditing({ organisation: undefined })}>
              {t("administration.organisations.create")}
            </Button>
          ) : null
        }
      />
      {organisations.isPending ? (
        <TableSkeleton />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <PagedTable
          caption={t("modules.organisations.title")}
          columns={columns}
          rows={organisations.data.items}
          getRowKey={(row) => row.id}
          sort={sort}
          onSortChange={setSort}
          page={page}
          pageSize={pageSize}
          total={organisations.data.total}
          onPageChange={setPage}
          empty={
            <Text>
              {debouncedSearch || kind ? t("administration.noMatch") : t("administration.organisations.empty")}
            </Text>
          }
        />
      )}
      {editing ? (
        <OrganisationFormModal
          key={editing.organisation?.id ?? "new"}
          organisation={editing.organisation}
          isOpen
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {editingContact ? (
        <OrganisationContactModal
          key={editingContact.id}
          organisation={editingContact}
          onClose={() => setEditingContact(undefined)}
        />
      ) : null}
    </>
  );
}
