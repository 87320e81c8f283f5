import { Anchor, Button, Group, Paper, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPortalContact } from "../../../common/portal/contact-schemas.js";
import { PagedTable, type TPagedColumn } from "../../platform/administration/paged-table.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { NoValue } from "../../ui/no-value.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeOwner, findEditableOwners } from "../content-owners.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { contactsPageSize, contactsQuery } from "./contact-queries.js";

/** Kontakte: the people and offices the editor's places and pages show, searched by name or office. */
export function PortalContactsPage() {
  const { t } = useTranslation();
  return (
    <PortalEditorFrame pageTitle={t("portal.contacts.title")}>
      <ContactList />
    </PortalEditorFrame>
  );
}

const unsorted = { sortKey: "name", direction: "asc" } as const;

function ContactList() {
  const { t } = useTranslation();
  const owners = findEditableOwners(useSignedInUser());
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const contacts = useQuery(contactsQuery({ q: debouncedSearch || undefined, page }));

  const columns: TPagedColumn<TPortalContact>[] = [
    {
      key: "name",
      header: t("portal.contacts.fields.name"),
      render: (row) => (
        <Anchor component={Link} to={`/portal/contacts/${row.id}`}>
          {row.name}
        </Anchor>
      ),
    },
    { key: "office", header: t("portal.contacts.fields.office"), render: (row) => row.office ?? <NoValue /> },
    { key: "phone", header: t("portal.contacts.fields.phone"), render: (row) => row.phone ?? <NoValue /> },
    { key: "email", header: t("portal.contacts.fields.email"), render: (row) => row.email ?? <NoValue /> },
    ...(owners.length > 1
      ? [
          {
            key: "owner",
            header: t("portal.fields.owner"),
            render: (row: TPortalContact) => describeOwner(owners, row.ownerUnitKey),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t("portal.contacts.title")} description={t("portal.contacts.description")} />
      <Group justify="space-between" align="flex-end" mb="md">
        <TextInput
          type="search"
          label={t("portal.contacts.search")}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={{ base: "100%", sm: 320 }}
        />
        <Button component={Link} to="/portal/contacts/new">
          {t("portal.contacts.create")}
        </Button>
      </Group>
      {contacts.isPending ? (
        <TableSkeleton />
      ) : contacts.isError ? (
        <ProblemAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : (
        <PagedTable
          caption={t("portal.contacts.caption")}
          columns={columns}
          rows={contacts.data.items}
          getRowKey={(row) => row.id}
          sort={unsorted}
          onSortChange={() => undefined}
          page={page}
          pageSize={contactsPageSize}
          total={contacts.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">
                {debouncedSearch === "" ? t("portal.contacts.empty") : t("portal.contacts.noMatch")}
              </Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
