import { Anchor, Badge, Button, Group, Paper, Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  portalEventStatuses,
  type TPortalEvent,
  type TPortalEventStatus,
} from "../../../common/portal/event-schemas.js";
import { PagedTable, type TPagedColumn } from "../../platform/administration/paged-table.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeOwner, findEditableOwners } from "../content-owners.js";
import { OwnerSelect } from "../owner-select.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { PortalStatusBadge } from "../portal-status-badge.js";
import { eventsPageSize, eventsQuery, type TEventPeriod } from "./event-queries.js";

const periods = ["upcoming", "past", "all"] as const satisfies readonly TEventPeriod[];

/** Termine: the editor's events, upcoming ones first by default, filtered by owner and status. */
export function PortalEventsPage() {
  const { t } = useTranslation();
  return (
    <PortalEditorFrame pageTitle={t("portal.events.title")}>
      <EventList />
    </PortalEditorFrame>
  );
}

const unsorted = { sortKey: "start", direction: "asc" } as const;

function EventList() {
  const { t, i18n } = useTranslation();
  const owners = findEditableOwners(useSignedInUser());
  const [now] = useState(() => new Date().toISOString());
  const [period, setPeriod] = useState<TEventPeriod>("upcoming");
  const [owner, setOwner] = useState("");
  const [status, setStatus] = useState<TPortalEventStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const events = useQuery(eventsQuery({ period, owner: owner || undefined, status, page }, now));
  const locale = i18n.resolvedLanguage ?? "de";
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "short",
  });
  const date = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" });
  const periodNames: Record<TEventPeriod, string> = {
    upcoming: t("portal.events.periods.upcoming"),
    past: t("portal.events.periods.past"),
    all: t("portal.events.periods.all"),
  };

  const describeStart = (event: TPortalEvent) =>
    event.startsAt
      ? dateTime.format(new Date(event.startsAt))
      : event.startsOn
        ? date.format(new Date(`${event.startsOn}T00:00:00Z`))
        : "";

  const columns: TPagedColumn<TPortalEvent>[] = [
    {
      key: "title",
      header: t("portal.events.fields.title"),
      render: (row) => (
        <Anchor component={Link} to={`/portal/events/${row.id}`} lang="de">
          {row.texts.find((text) => text.language === "de")?.title ?? row.id}
        </Anchor>
      ),
    },
    {
      key: "start",
      header: t("portal.events.fields.start"),
      render: (row) => (
        <>
          {describeStart(row)}{" "}
          {row.recurrence ? (
            <Badge variant="outline" color="blue.9">
              {t("portal.events.recurring")}
            </Badge>
          ) : null}
        </>
      ),
    },
    { key: "status", header: t("portal.fields.status"), render: (row) => <PortalStatusBadge status={row.status} /> },
    ...(owners.length > 1
      ? [
          {
            key: "owner",
            header: t("portal.fields.owner"),
            render: (row: TPortalEvent) => describeOwner(owners, row.municipalUnitKey),
          },
        ]
      : []),
  ];

  const filtered =
    <TValue,>(set: (value: TValue) => void) =>
    (value: TValue) => {
      set(value);
      setPage(1);
    };
  return (
    <>
      <PageHeader title={t("portal.events.title")} description={t("portal.events.description")} />
      <Group justify="space-between" align="flex-end" mb="md">
        <Group align="flex-end">
          <Select
            label={t("portal.events.period")}
            data={periods.map((value) => ({ value, label: periodNames[value] }))}
            value={period}
            onChange={(value) => filtered(setPeriod)(periods.find((entry) => entry === value) ?? "upcoming")}
            allowDeselect={false}
          />
          {owners.length > 1 ? (
            <OwnerSelect owners={owners} value={owner} onChange={filtered(setOwner)} anyLabel={t("portal.allOwners")} />
          ) : null}
          <Select
            label={t("portal.fields.status")}
            placeholder={t("portal.allStatuses")}
            data={portalEventStatuses.map((value) => ({
              value,
              label: value === "published" ? t("portal.status.published") : t("portal.status.draft"),
            }))}
            value={status ?? null}
            onChange={(value) => filtered(setStatus)(portalEventStatuses.find((entry) => entry === value))}
            clearable
            clearButtonProps={{ "aria-label": t("portal.form.clear") }}
          />
        </Group>
        <Group>
          <Button component={Link} to="/portal/events/import" variant="default">
            {t("portal.events.import")}
          </Button>
          <Button component={Link} to="/portal/events/new">
            {t("portal.events.create")}
          </Button>
        </Group>
      </Group>
      {events.isPending ? (
        <TableSkeleton />
      ) : events.isError ? (
        <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <PagedTable
          caption={t("portal.events.caption")}
          columns={columns}
          rows={events.data.items}
          getRowKey={(row) => row.id}
          sort={unsorted}
          onSortChange={() => undefined}
          page={page}
          pageSize={eventsPageSize}
          total={events.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">
                {period === "all" && owner === "" && status === undefined
                  ? t("portal.events.empty")
                  : t("portal.events.noMatch")}
              </Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
