import { Anchor, Paper, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TReviewQueue } from "../../../common/offers/offer-schemas.js";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { PagedTable, type TPagedColumn } from "../../platform/administration/paged-table.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { canReviewOffers } from "./offer-access.js";
import { useOfferLabels } from "./offer-labels.js";
import { reviewQueuePageSize, reviewQueueQuery } from "./review-queries.js";

type TQueueRow = TReviewQueue["items"][number];

/** Angebote prüfen: the submissions waiting for a decision, oldest first, for district and municipal reviewers. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!canReviewOffers(user)) {
    return (
      <NoAccessNotice pageTitle={t("offers.directory.reviews.title")} heading={t("offers.directory.noAccessTitle")}>
        {t("offers.directory.reviews.noAccess")}
      </NoAccessNotice>
    );
  }
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const formatDateTime = useDateTimeFormat();
  const [page, setPage] = useState(1);
  const queue = useQuery(reviewQueueQuery(page));
  const columns: TPagedColumn<TQueueRow>[] = [
    {
      key: "title",
      header: t("offers.directory.reviews.columns.title"),
      render: (row) => (
        <Anchor component={Link} to={`/offers/reviews/${row.revisionId}`} lang="de">
          {row.title}
        </Anchor>
      ),
    },
    { key: "provider", header: t("offers.directory.reviews.columns.provider"), render: (row) => row.providerName },
    {
      key: "kind",
      header: t("offers.directory.reviews.columns.kind"),
      render: (row) => labels.revisionKinds[row.kind],
    },
    {
      key: "submittedAt",
      header: t("offers.directory.reviews.columns.submittedAt"),
      render: (row) => formatDateTime(row.submittedAt),
    },
  ];
  return (
    <>
      <PageHeader title={t("offers.directory.reviews.title")} description={t("offers.directory.reviews.description")} />
      {queue.isPending ? (
        <TableSkeleton />
      ) : queue.isError ? (
        <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <PagedTable
          caption={t("offers.directory.reviews.caption")}
          columns={columns}
          rows={queue.data.items}
          getRowKey={(row) => row.revisionId}
          sort={{ sortKey: "submittedAt", direction: "asc" }}
          onSortChange={() => undefined}
          page={page}
          pageSize={reviewQueuePageSize}
          total={queue.data.total}
          onPageChange={setPage}
          empty={
            <Paper withBorder p="lg" radius="md">
              <Text role="status">{t("offers.directory.reviews.empty")}</Text>
            </Paper>
          }
        />
      )}
    </>
  );
}
