import type { TAuditEventRow } from "../../../common/platform/audit-schemas.js";
import type { TCsvCell } from "../csv/csv-writer.js";

type TExportColumn = {
  header: { de: string; en: string };
  value: (row: TAuditEventRow, organisationNames: ReadonlyMap<string, string>) => TCsvCell;
};

/** The export's columns: what the auditor screen shows, plus every id, for spreadsheets and other tools. */
export const auditExportColumns: readonly TExportColumn[] = [
  { header: { de: "Position", en: "Position" }, value: (row) => row.position },
  { header: { de: "Zeitpunkt (UTC)", en: "Time (UTC)" }, value: (row) => row.occurredAt },
  { header: { de: "Aktion", en: "Action" }, value: (row) => row.action },
  { header: { de: "Benutzer-ID", en: "User id" }, value: (row) => row.actorUserId },
  { header: { de: "Name", en: "Name" }, value: (row) => row.actorDisplayName },
  { header: { de: "E-Mail", en: "E-mail" }, value: (row) => row.actorEmail },
  { header: { de: "API-Token-ID", en: "API token id" }, value: (row) => row.actorTokenId },
  { header: { de: "Organisations-IDs", en: "Organisation ids" }, value: (row) => row.organisationIds.join(" ") },
  {
    header: { de: "Organisationen", en: "Organisations" },
    value: (row, names) => row.organisationIds.map((id) => names.get(id) ?? id).join("; "),
  },
  { header: { de: "Art des Datensatzes", en: "Record type" }, value: (row) => row.subjectType },
  { header: { de: "Datensatz-ID", en: "Record id" }, value: (row) => row.subjectId },
  { header: { de: "Personen-ID", en: "Person id" }, value: (row) => row.personId },
  { header: { de: "Zweck", en: "Purpose" }, value: (row) => row.purpose },
  { header: { de: "IP-Adresse", en: "IP address" }, value: (row) => row.ipAddress },
  { header: { de: "Details (JSON)", en: "Details (JSON)" }, value: (row) => JSON.stringify(row.detail) },
];
