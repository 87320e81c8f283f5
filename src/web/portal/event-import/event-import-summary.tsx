import { Alert, List, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TEventImportResult } from "../../../common/portal/event-import-schemas.js";
import { NoValue } from "../../ui/no-value.js";
import { summariseImport, type TImportCount, toImportErrorRows } from "./event-import-result.js";

/** The figures of a dry run ("would create …") or a run ("created …") and the events that could not be read. */
export function EventImportSummary({ result }: { result: TEventImportResult }) {
  const { t } = useTranslation();
  const describe = ({ key, count }: TImportCount): string => {
    if (result.dryRun) {
      if (key === "created") return t("portal.eventImport.dryRun.created", { count });
      if (key === "updated") return t("portal.eventImport.dryRun.updated", { count });
      if (key === "unchanged") return t("portal.eventImport.dryRun.unchanged", { count });
      return t("portal.eventImport.dryRun.failed", { count });
    }
    if (key === "created") return t("portal.eventImport.done.created", { count });
    if (key === "updated") return t("portal.eventImport.done.updated", { count });
    if (key === "unchanged") return t("portal.eventImport.done.unchanged", { count });
    return t("portal.eventImport.done.failed", { count });
  };
  const rows = toImportErrorRows(result);
  return (
    <Alert
      color={result.failed > 0 ? "yellow" : "green"}
      variant="light"
      title={result.dryRun ? t("portal.eventImport.dryRun.title") : t("portal.eventImport.done.title")}
    >
      <List size="sm" mb={rows.length > 0 ? "md" : 0}>
        {summariseImport(result).map((entry) => (
          <List.Item key={entry.key}>{describe(entry)}</List.Item>
        ))}
      </List>
      {result.dryRun ? <Text size="sm">{t("portal.eventImport.dryRun.hint")}</Text> : null}
      {rows.length > 0 ? (
        <>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t("portal.eventImport.errors.title")}
          </Title>
          <Table.ScrollContainer minWidth={560} type="native">
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("portal.eventImport.errors.position")}</Table.Th>
                  <Table.Th scope="col">{t("portal.eventImport.errors.uid")}</Table.Th>
                  <Table.Th scope="col">{t("portal.eventImport.errors.summary")}</Table.Th>
                  <Table.Th scope="col">{t("portal.eventImport.errors.messages")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>{row.position}</Table.Td>
                    <Table.Td>{row.uid ?? <NoValue />}</Table.Td>
                    <Table.Td>{row.summary ?? <NoValue />}</Table.Td>
                    <Table.Td>{row.messages}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </Alert>
  );
}
