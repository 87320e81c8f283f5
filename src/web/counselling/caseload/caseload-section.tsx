import { Anchor, Badge, Group, Pagination, Paper, Select, Stack, Table, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { caseStatuses } from "../../../common/counselling/case-schemas.js";
import { caseloadViews, type TCaseloadView } from "../../../common/counselling/caseload-schemas.js";
import { fieldsOfActionQuery, municipalitiesQuery } from "../../platform/reference-data/reference-queries.js";
import { LoadingState } from "../../ui/loading-state.js";
import { NoValue } from "../../ui/no-value.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useFormatters } from "../../ui/use-formatters.js";
import { describeCaseStatus } from "../case-labels.js";
import { caseloadPageSize, caseloadQuery, type TCaseloadFilter } from "./caseload-queries.js";

function readFilter(params: URLSearchParams): TCaseloadFilter {
  const view = caseloadViews.find((candidate) => candidate === params.get("view")) ?? "mine";
  const status = [...caseStatuses, "none" as const].find((candidate) => candidate === params.get("status"));
  const fieldOfAction = params.get("field") ?? undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  return { view, page, ...(status ? { status } : {}), ...(fieldOfAction ? { fieldOfAction } : {}) };
}

/**
 * The caseload: my cases, every case in the desk's care, and who waits for a first interview,
 * filtered by case status and by the field of action of an open need. The filter lives in the URL.
 */
export function CaseloadSection() {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const caseload = useQuery(caseloadQuery(filter));
  const fields = useQuery(fieldsOfActionQuery);
  const municipalities = useQuery(municipalitiesQuery);
  const fieldName = (code: string) => {
    const field = fields.data?.find((candidate) => candidate.code === code);
    return field ? (i18n.language.startsWith("de") ? field.nameDe : field.nameEn) : code;
  };
  const municipalityName = (ags: string) => municipalities.data?.find((m) => m.ags === ags)?.name ?? ags;
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };
  const viewLabels: Record<TCaseloadView, string> = {
    mine: t("counselling.caseload.views.mine"),
    all: t("counselling.caseload.views.all"),
    waiting_first_interview: t("counselling.caseload.views.waiting"),
  };
  const statusOptions = [
    ...caseStatuses.map((status) => ({ value: status, label: describeCaseStatus(status, t) })),
    { value: "none", label: t("counselling.caseload.noCase") },
  ];
  const pageCount = caseload.data ? Math.ceil(caseload.data.total / caseloadPageSize) : 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="caseload-heading">
      <Stack gap="md">
        <Text id="caseload-heading" fw={700} size="lg" component="h2" m={0}>
          {t("counselling.caseload.title")}
        </Text>
        <Tabs value={filter.view} onChange={(view) => update({ view })}>
          <Tabs.List>
            {caseloadViews.map((view) => (
              <Tabs.Tab key={view} value={view}>
                {viewLabels[view]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {caseloadViews.map((view) => (
            <Tabs.Panel key={view} value={view} pt="md">
              {view === filter.view ? (
                <Stack gap="md">
                  <Group align="flex-end">
                    <Select
                      label={t("counselling.caseload.status")}
                      data={statusOptions}
                      value={filter.status ?? null}
                      onChange={(status) => update({ status })}
                      clearable
                      placeholder={t("counselling.caseload.anyStatus")}
                    />
                    <Select
                      label={t("counselling.caseload.fieldOfAction")}
                      data={(fields.data ?? []).map((field) => ({ value: field.code, label: fieldName(field.code) }))}
                      value={filter.fieldOfAction ?? null}
                      onChange={(field) => update({ field })}
                      clearable
                      placeholder={t("counselling.caseload.anyField")}
                    />
                  </Group>
                  {caseload.isPending ? (
                    <LoadingState />
                  ) : caseload.isError ? (
                    <ProblemAlert error={caseload.error} onRetry={() => void caseload.refetch()} />
                  ) : caseload.data.items.length === 0 ? (
                    <Text>{t("counselling.caseload.empty")}</Text>
                  ) : (
                    <>
                      <Text size="sm" role="status">
                        {t("counselling.caseload.count", { count: caseload.data.total })}
                      </Text>
                      <Table.ScrollContainer minWidth={720}>
                        <Table>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th scope="col">{t("counselling.caseload.person")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.municipality")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.arrived")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.status")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.assignee")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.lastAssessment")}</Table.Th>
                              <Table.Th scope="col">{t("counselling.caseload.needs")}</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {caseload.data.items.map((item) => (
                              <Table.Tr key={item.personId}>
                                <Table.Td>
                                  <Anchor component={Link} to={`/counselling/persons/${item.personId}`}>
                                    {item.familyName}, {item.givenName}
                                  </Anchor>
                                </Table.Td>
                                <Table.Td>{municipalityName(item.municipalityAgs)}</Table.Td>
                                <Table.Td>{item.arrivedOn ? formatDate(item.arrivedOn) : <NoValue />}</Table.Td>
                                <Table.Td>
                                  {item.caseStatus
                                    ? describeCaseStatus(item.caseStatus, t)
                                    : t("counselling.caseload.noCase")}
                                </Table.Td>
                                <Table.Td>{item.assigneeName ?? <NoValue />}</Table.Td>
                                <Table.Td>
                                  {item.lastAssessmentOn ? formatDate(item.lastAssessmentOn) : <NoValue />}
                                </Table.Td>
                                <Table.Td>
                                  <Group gap={4}>
                                    {item.needFields.map((field) => (
                                      <Badge key={field} variant="outline" color="gray.8">
                                        {fieldName(field)}
                                      </Badge>
                                    ))}
                                  </Group>
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </Table.ScrollContainer>
                      {pageCount > 1 ? (
                        <Group justify="center" component="nav" aria-label={t("counselling.caseload.pages")}>
                          <Pagination
                            total={pageCount}
                            value={filter.page}
                            onChange={(page) => update({ page: String(page) })}
                          />
                        </Group>
                      ) : null}
                    </>
                  )}
                </Stack>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
}
