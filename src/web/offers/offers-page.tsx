import { Group, Pagination, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { offerSearchSorts, type TOfferSearchSort } from "../../common/offers/offer-search-schemas.js";
import { NoAccessNotice } from "../arrival/no-access-notice.js";
import { currentLanguage } from "../i18n/i18n.js";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { OfferResultCard } from "./search/offer-result-card.js";
import { OfferSearchFilters, type TOfferSearchFilters } from "./search/offer-search-filters.js";
import { useOfferSearchLabels } from "./search/offer-search-labels.js";
import { offerSearchPageSize, offerSearchQuery } from "./search/offer-search-queries.js";

/** Roles the server's offer policy lets search the directory (src/server/offers/offer-policy.ts, "list"). */
const searchingRoles = new Set([
  "caseworker",
  "content_editor",
  "district_coordinator",
  "provider_staff",
  "provider_admin",
]);

/** Angebote: search the published offers by words, what, where and for whom. */
export function OffersPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!user.memberships.some((membership) => searchingRoles.has(membership.role))) {
    return (
      <NoAccessNotice pageTitle={t("modules.offers.title")} heading={t("offers.search.noAccessTitle")}>
        {t("offers.search.noAccess")}
      </NoAccessNotice>
    );
  }
  return <OfferSearch />;
}

function OfferSearch() {
  const { t } = useTranslation();
  const labels = useOfferSearchLabels();
  const [words, setWords] = useState("");
  const [debouncedWords] = useDebouncedValue(words.trim(), 300);
  const [filters, setFilters] = useState<TOfferSearchFilters>({});
  const [chosenSort, setChosenSort] = useState<TOfferSearchSort | undefined>(undefined);
  const [page, setPage] = useState(1);
  const availableSorts = offerSearchSorts.filter(
    (sort) => (sort !== "relevance" || debouncedWords !== "") && (sort !== "distance" || filters.near !== undefined),
  );
  const sort = chosenSort && availableSorts.includes(chosenSort) ? chosenSort : undefined;
  const search = useQuery(
    offerSearchQuery({ ...filters, q: debouncedWords || undefined, lang: currentLanguage(), sort, page }),
  );
  const pages = search.data ? Math.ceil(search.data.total / offerSearchPageSize) : 0;

  function results() {
    if (search.isPending) return <LoadingState />;
    if (search.isError) return <ProblemAlert error={search.error} onRetry={() => void search.refetch()} />;
    if (search.data.items.length === 0) {
      return (
        <Paper withBorder p="lg" radius="md">
          <Text>{t("offers.search.empty")}</Text>
        </Paper>
      );
    }
    return (
      <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {search.data.items.map((offer) => (
          <li key={offer.id}>
            <OfferResultCard offer={offer} />
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title={t("modules.offers.title")} description={t("offers.search.description")} />
      <Group align="flex-end" mb="md" role="search" aria-label={t("offers.search.searchLabel")}>
        <TextInput
          label={t("offers.search.words")}
          description={t("offers.search.wordsHint")}
          value={words}
          onChange={(event) => {
            setWords(event.currentTarget.value);
            setPage(1);
          }}
          type="search"
          style={{ flex: 1 }}
        />
        <Select
          label={t("offers.search.sortLabel")}
          data={availableSorts.map((value) => ({ value, label: labels.sorts[value] }))}
          value={sort ?? search.data?.sort ?? null}
          onChange={(value) => {
            setChosenSort(availableSorts.find((option) => option === value));
            setPage(1);
          }}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <OfferSearchFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <Text size="sm" role="status" mb="xs">
        {search.data ? t("offers.search.count", { count: search.data.total }) : ""}
      </Text>
      {results()}
      {pages > 1 ? (
        <Group component="nav" aria-label={t("administration.table.pagination")} mt="md">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getItemProps={(item) => ({ "aria-label": t("administration.table.page", { page: item }) })}
            getControlProps={(control) => ({
              "aria-label":
                control === "previous" ? t("administration.table.previous") : t("administration.table.next"),
            })}
          />
        </Group>
      ) : null}
    </>
  );
}
