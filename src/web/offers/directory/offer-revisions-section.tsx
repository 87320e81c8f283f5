import { Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TOfferRevisionSummary } from "../../../common/offers/offer-schemas.js";
import { NoValue } from "../../ui/no-value.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { useOfferLabels } from "./offer-labels.js";

/** The offer's submissions, newest first: who sent them when, how the review ended, and the reviewer's comment. */
export function OfferRevisionsSection({ revisions }: { revisions: readonly TOfferRevisionSummary[] }) {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const formatDateTime = useDateTimeFormat();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" radius="md" maw={960}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t("offers.directory.revisions.title")}
        </Title>
        {revisions.length === 0 ? (
          <Text>{t("offers.directory.revisions.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table verticalSpacing="xs">
              <Table.Caption>
                <VisuallyHidden>{t("offers.directory.revisions.title")}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("offers.directory.revisions.submittedAt")}</Table.Th>
                  <Table.Th scope="col">{t("offers.directory.revisions.kind")}</Table.Th>
                  <Table.Th scope="col">{t("offers.directory.revisions.status")}</Table.Th>
                  <Table.Th scope="col">{t("offers.directory.revisions.reviewed")}</Table.Th>
                  <Table.Th scope="col">{t("offers.directory.revisions.comment")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {revisions.map((revision) => (
                  <Table.Tr key={revision.id}>
                    <Table.Td>
                      {formatDateTime(revision.submittedAt)}
                      {revision.submittedByName ? `, ${revision.submittedByName}` : ""}
                    </Table.Td>
                    <Table.Td>{labels.revisionKinds[revision.kind]}</Table.Td>
                    <Table.Td>{labels.revisionStatuses[revision.status]}</Table.Td>
                    <Table.Td>
                      {revision.reviewedAt ? (
                        `${formatDateTime(revision.reviewedAt)}${revision.reviewedByName ? `, ${revision.reviewedByName}` : ""}`
                      ) : (
                        <NoValue />
                      )}
                    </Table.Td>
                    <Table.Td>{revision.reviewComment ?? <NoValue />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
