import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TOfferRevision, ZRevisionIdParams } from "../../../common/offers/offer-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { useOfferLabels } from "./offer-labels.js";
import { OfferStatusBadge } from "./offer-status-badge.js";
import { RejectRevisionDialog } from "./reject-revision-dialog.js";
import { revisionQuery, useDecideRevision } from "./review-queries.js";
import { RevisionDiffTable } from "./revision-diff-table.js";

/** One submission: who sent what when, the diff against the content in force, approve or reject with a comment. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { revisionId = "" } = useParams();
  const isValidId = ZRevisionIdParams.safeParse({ revisionId }).success;
  const revision = useQuery({ ...revisionQuery(revisionId), enabled: isValidId });
  if (!isValidId || revision.isError) {
    return (
      <>
        <PageHeader title={t("offers.directory.review.title")} />
        {revision.isError ? (
          <ProblemAlert error={revision.error} onRetry={() => void revision.refetch()} />
        ) : (
          <Text>{t("offers.directory.review.notFound")}</Text>
        )}
      </>
    );
  }
  if (revision.isPending) return <LoadingState />;
  return <ReviewView revision={revision.data} />;
}

function ReviewView({ revision }: { revision: TOfferRevision }) {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const formatDateTime = useDateTimeFormat();
  const decide = useDecideRevision(revision.id);
  const [isRejecting, setIsRejecting] = useState(false);
  const diffHeadingId = useId();
  const isPending = revision.status === "pending";
  return (
    <>
      <PageHeader title={t("offers.directory.review.title")} description={revision.offer.title} />
      <Stack gap="lg" maw={1100}>
        <Paper withBorder p="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs">
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t("offers.directory.reviews.columns.provider")}
              </Text>
              <Text component="dd">{revision.offer.providerName}</Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t("offers.directory.reviews.columns.kind")}
              </Text>
              <Text component="dd">{labels.revisionKinds[revision.kind]}</Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t("offers.directory.reviews.columns.submittedAt")}
              </Text>
              <Text component="dd">
                {formatDateTime(revision.submittedAt)}
                {revision.submittedByName ? `, ${revision.submittedByName}` : ""}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t("offers.directory.review.offerStatus")}
              </Text>
              <Text component="dd">
                <OfferStatusBadge status={revision.offer.status} />
              </Text>
            </div>
          </SimpleGrid>
        </Paper>
        <div role="status">
          {isPending ? null : (
            <Alert color={revision.status === "approved" ? "green" : "gray"}>
              {t("offers.directory.review.decided", { status: labels.revisionStatuses[revision.status] })}
              {revision.reviewComment ? ` ${revision.reviewComment}` : ""}
            </Alert>
          )}
        </div>
        <section aria-labelledby={diffHeadingId}>
          <Title order={2} size="h3" id={diffHeadingId} mb="sm">
            {t("offers.directory.review.changes")}
          </Title>
          <RevisionDiffTable diff={revision.diff} />
        </section>
        {decide.error ? <ProblemAlert error={decide.error} /> : null}
        <Group>
          {isPending && revision.canDecide ? (
            <>
              <Button loading={decide.isPending} onClick={() => decide.mutate({ decision: "approve" })}>
                {t("offers.directory.review.approve")}
              </Button>
              <Button variant="outline" color="red.9" onClick={() => setIsRejecting(true)}>
                {t("offers.directory.review.reject")}
              </Button>
            </>
          ) : null}
          <Anchor component={Link} to="/offers/reviews">
            {t("offers.directory.review.backToQueue")}
          </Anchor>
        </Group>
      </Stack>
      <RejectRevisionDialog revisionId={revision.id} isOpen={isRejecting} onClose={() => setIsRejecting(false)} />
    </>
  );
}
