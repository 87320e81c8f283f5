import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  type TAuditEventFilters,
  type TAuditEventQuery,
  ZAuditEventPage,
  ZAuditEventQuery,
} from "../../../common/platform/audit-schemas.js";
import { requestJson } from "../../api/api-client.js";
import type { TStaffLanguage } from "../../i18n/languages.js";

/** The screen's state lives in the address, so a filtered view can be reloaded, bookmarked and shared. */
export function readAuditQuery(searchParams: URLSearchParams): TAuditEventQuery {
  const parsed = ZAuditEventQuery.safeParse(Object.fromEntries(searchParams));
  return parsed.success ? parsed.data : ZAuditEventQuery.parse({});
}

/** Only what differs from the defaults, so addresses stay short. */
export function buildAuditSearch(query: Partial<TAuditEventQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "") continue;
    if ((key === "page" && value === 1) || (key === "sort" && value === "newest") || key === "pageSize") continue;
    params.set(key, String(value));
  }
  return params;
}

export function auditEventsQuery(query: TAuditEventQuery) {
  const search = buildAuditSearch(query);
  search.set("pageSize", String(query.pageSize));
  return queryOptions({
    queryKey: ["audit-events", search.toString()],
    queryFn: ({ signal }) => requestJson(`/api/audit-events?${search}`, ZAuditEventPage, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A plain link downloads the file; it cannot send Accept-Language, so the UI language goes along. */
export function buildAuditExportUrl(
  filters: TAuditEventFilters,
  sort: TAuditEventQuery["sort"],
  language: TStaffLanguage,
): string {
  const search = buildAuditSearch({ ...filters, sort });
  search.set("language", language);
  return `/api/audit-events/export.csv?${search}`;
}
