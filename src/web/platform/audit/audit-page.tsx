import { Button, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { TAuditEventFilters, TAuditSortOrder } from "../../../common/platform/audit-schemas.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { AuditEventsTable } from "./audit-events-table.js";
import { AuditFilterForm } from "./audit-filter-form.js";
import { AuditPager } from "./audit-pager.js";
import { auditEventsQuery, buildAuditExportUrl, buildAuditSearch, readAuditQuery } from "./audit-queries.js";

/** The auditor screen: who did what to which record, filtered, paged, and downloadable as CSV. */
export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { page, pageSize, sort, ...filters } = readAuditQuery(searchParams);
  const query = useQuery(auditEventsQuery({ page, pageSize, sort, ...filters }));

  function applyFilters(nextFilters: TAuditEventFilters, nextSort: TAuditSortOrder) {
    setSearchParams(buildAuditSearch({ ...nextFilters, sort: nextSort }));
  }

  function showPage(nextPage: number) {
    setSearchParams(buildAuditSearch({ ...filters, sort, page: nextPage }));
  }

  const canExport = query.data?.allowedActions.includes("export") ?? false;

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <Stack gap="lg">
        <AuditFilterForm key={searchParams.toString()} filters={filters} sort={sort} onApply={applyFilters} />
        {canExport ? (
          <Group>
            <Button
              component="a"
              variant="outline"
              href={buildAuditExportUrl(filters, sort, currentLanguage())}
              download
            >
              {t("audit.export")}
            </Button>
          </Group>
        ) : null}
        {query.isPending ? (
          <TableSkeleton />
        ) : query.isError ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text>{t("audit.empty")}</Text>
        ) : (
          <div aria-busy={query.isPlaceholderData}>
            <AuditEventsTable page={query.data} />
            <AuditPager page={page} pageSize={pageSize} total={query.data.total} onPage={showPage} />
          </div>
        )}
      </Stack>
    </>
  );
}
