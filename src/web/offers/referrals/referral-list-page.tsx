import { Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { referralStatuses, type TReferralList, type TReferralStatus } from "../../../common/offers/referral-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { PageNavigation } from "../../ui/page-navigation.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeReferralStatus } from "./referral-labels.js";
import { ReferralTable } from "./referral-table.js";

const pageSize = 20;

export type TListFilter<TView extends string> = {
  view: TView;
  status: TReferralStatus | undefined;
  search: string;
  page: number;
};

type TReferralListPageProps<TView extends string> = {
  title: string;
  description: string;
  views: { value: TView; label: string }[];
  initialView: TView;
  showsPerson: boolean;
  emptyText: string;
  /** Names the list in the query cache (below "referrals", so sending or answering refreshes it). */
  listKey: string;
  load: (filter: TListFilter<TView>, signal: AbortSignal) => Promise<TReferralList>;
};

/** A list of referrals with views, a status filter, search and paging: the provider's inbox and the caseworker's list. */
export function ReferralListPage<TView extends string>(props: TReferralListPageProps<TView>) {
  const { t } = useTranslation();
  const viewLabelId = useId();
  const [filter, setFilter] = useState<TListFilter<TView>>({
    view: props.initialView,
    status: undefined,
    search: "",
    page: 1,
  });
  const [search] = useDebouncedValue(filter.search, 300);
  const current = { ...filter, search };
  const referrals = useQuery({
    queryKey: ["referrals", props.listKey, current],
    queryFn: ({ signal }) => props.load(current, signal),
    placeholderData: keepPreviousData,
  });
  const update = (change: Partial<TListFilter<TView>>) => setFilter((current) => ({ ...current, page: 1, ...change }));
  const pages = Math.ceil((referrals.data?.total ?? 0) / pageSize);
  const currentView = props.views.find((view) => view.value === filter.view);

  function body() {
    if (referrals.isPending) return <LoadingState />;
    if (referrals.isError) return <ProblemAlert error={referrals.error} onRetry={() => void referrals.refetch()} />;
    if (referrals.data.items.length === 0) return <Text>{props.emptyText}</Text>;
    return (
      <ReferralTable
        referrals={referrals.data.items}
        caption={currentView?.label ?? props.title}
        showsPerson={props.showsPerson}
      />
    );
  }

  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      <Paper withBorder p="md" radius="md" maw={1100}>
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} id={viewLabelId}>
              {t("offers.referrals.view")}
            </Text>
            <SegmentedControl
              aria-labelledby={viewLabelId}
              value={filter.view}
              onChange={(value) =>
                update({ view: props.views.find((view) => view.value === value)?.value ?? props.initialView })
              }
              data={props.views}
            />
          </div>
          <Group align="flex-end" gap="lg">
            <TextInput
              label={t("offers.referrals.search")}
              value={filter.search}
              onChange={(event) => update({ search: event.currentTarget.value })}
            />
            <Select
              label={t("offers.referrals.status")}
              clearable
              placeholder={t("offers.referrals.allStatuses")}
              data={referralStatuses.map((status) => ({ value: status, label: describeReferralStatus(status, t) }))}
              value={filter.status ?? null}
              onChange={(value) => update({ status: referralStatuses.find((status) => status === value) })}
            />
            {referrals.data ? (
              <Text size="sm" role="status">
                {t("offers.referrals.count", { count: referrals.data.total })}
              </Text>
            ) : null}
          </Group>
          {body()}
          <PageNavigation
            pageCount={pages}
            page={filter.page}
            onChange={(page) => setFilter((current) => ({ ...current, page }))}
          />
        </Stack>
      </Paper>
    </>
  );
}
