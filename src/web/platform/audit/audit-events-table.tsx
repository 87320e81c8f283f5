import { Code, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TAuditEventPage, TAuditEventRow } from "../../../common/platform/audit-schemas.js";
import classes from "../../ui/data-table/data-table.module.css";
import { NoValue } from "../../ui/no-value.js";
import { describeStoredAuditAction } from "./audit-action-labels.js";

/** Times as the district lives them, whatever the viewer's own clock says. */
const districtTimeZone = "Europe/Berlin";

type TAuditEventsTableProps = { page: TAuditEventPage };

/** One page of events; records appear as ids only (the trail never holds their contents). */
export function AuditEventsTable({ page }: TAuditEventsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const formatTime = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: districtTimeZone,
    });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
  const organisationNames = new Map(page.organisations.map((organisation) => [organisation.id, organisation.name]));

  const describeActor = (row: TAuditEventRow) => {
    if (row.actorUserId) {
      if (row.actorDisplayName === null)
        return <Text size="sm">{t("audit.unknownUser", { id: row.actorUserId })}</Text>;
      return (
        <Stack gap={0}>
          <Text size="sm">{row.actorDisplayName}</Text>
          <Text size="xs" c="dimmed">
            {row.actorEmail}
          </Text>
        </Stack>
      );
    }
    if (row.actorTokenId) return <Text size="sm">{t("audit.apiToken", { id: row.actorTokenId })}</Text>;
    return <Text size="sm">{t("audit.anonymous")}</Text>;
  };

  const orNoValue = (value: string | null) => (value === null || value === "" ? <NoValue /> : value);
  const headers = [
    t("audit.table.position"),
    t("audit.table.occurredAt"),
    t("audit.table.action"),
    t("audit.table.actor"),
    t("audit.table.organisations"),
    t("audit.table.subject"),
    t("audit.table.person"),
    t("audit.table.purpose"),
    t("audit.table.address"),
    t("audit.table.detail"),
  ];

  return (
    // Wider than most screens: the scrolling region takes keyboard focus, so arrow keys can scroll it.
    <Table.ScrollContainer
      minWidth={960}
      type="native"
      className={classes.scrollContainer}
      tabIndex={0}
      role="region"
      aria-label={t("audit.table.caption")}
    >
      <Table striped verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t("audit.table.caption")}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.items.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td className={classes.numeric}>{row.position}</Table.Td>
              <Table.Td>
                <time dateTime={row.occurredAt}>{formatTime(row.occurredAt)}</time>
              </Table.Td>
              <Table.Td>{describeStoredAuditAction(row.action, t)}</Table.Td>
              <Table.Td>{describeActor(row)}</Table.Td>
              <Table.Td lang="de">
                {row.organisationIds.length === 0 ? (
                  <NoValue />
                ) : (
                  row.organisationIds.map((id) => organisationNames.get(id) ?? id).join(", ")
                )}
              </Table.Td>
              <Table.Td>
                {row.subjectId ? <Code>{`${row.subjectType ?? ""} ${row.subjectId}`.trim()}</Code> : <NoValue />}
              </Table.Td>
              <Table.Td>{row.personId ? <Code>{row.personId}</Code> : <NoValue />}</Table.Td>
              <Table.Td>{orNoValue(row.purpose)}</Table.Td>
              <Table.Td>{orNoValue(row.ipAddress)}</Table.Td>
              <Table.Td>
                {Object.keys(row.detail).length === 0 ? <NoValue /> : <Code>{JSON.stringify(row.detail)}</Code>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
