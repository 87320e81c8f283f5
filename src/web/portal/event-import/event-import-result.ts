import type { TEventImportResult } from "../../../common/portal/event-import-schemas.js";

/** Where the events come from: a calendar's address, or a file the editor picked. */
export type TEventImportSource = { kind: "url"; url: string } | { kind: "file"; file: Blob };

export type TImportCount = { key: "created" | "updated" | "unchanged" | "failed"; count: number };

/** The four figures in the order the page shows them, for the dry run ("would create …") and the run alike. */
export function summariseImport(result: TEventImportResult): TImportCount[] {
  return [
    { key: "created", count: result.created },
    { key: "updated", count: result.updated },
    { key: "unchanged", count: result.unchanged },
    { key: "failed", count: result.failed },
  ];
}

/** Whether running the import would change anything: something to create or update. */
export function hasImportChanges(result: TEventImportResult): boolean {
  return result.created + result.updated > 0;
}

/** The failed events in file order, one row each, with their messages joined for a table cell. */
export function toImportErrorRows(result: TEventImportResult) {
  return [...result.errors]
    .sort((left, right) => left.index - right.index)
    .map((error) => ({
      key: `${error.index}-${error.uid ?? ""}`,
      position: error.index + 1,
      uid: error.uid,
      summary: error.summary,
      messages: error.messages.join(" "),
    }));
}

/** The request for a source: the address as JSON, a file as it is. */
export function buildImportRequest(owner: string, isDryRun: boolean, source: TEventImportSource) {
  const search = new URLSearchParams({ owner, dryRun: String(isDryRun) });
  return {
    path: `/api/portal/events/import?${search}`,
    body: source.kind === "url" ? { url: source.url.trim() } : source.file,
  };
}
