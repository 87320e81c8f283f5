import { Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { usePageLabels } from "./page-labels.js";
import { pageFeedbackQuery } from "./page-queries.js";

/**
 * What readers answered to "was this page helpful?": per language they read it in and in total.
 * The answers are anonymous counts; nothing else is kept (docs/portal.md).
 */
export function PageFeedback({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const feedback = useQuery(pageFeedbackQuery(pageId));
  if (feedback.isPending) return <LoadingState />;
  if (feedback.isError) return <ProblemAlert error={feedback.error} onRetry={() => void feedback.refetch()} />;
  const summary = feedback.data;
  if (summary.helpful + summary.notHelpful === 0) return <Text>{t("portal.pages.feedback.none")}</Text>;
  return (
    <Table>
      <Table.Caption>{t("portal.pages.feedback.caption")}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("portal.pages.feedback.language")}</Table.Th>
          <Table.Th scope="col">{t("portal.pages.feedback.helpful")}</Table.Th>
          <Table.Th scope="col">{t("portal.pages.feedback.notHelpful")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.byLanguage.map((row) => (
          <Table.Tr key={row.language}>
            <Table.Th scope="row">{labels.language(row.language)}</Table.Th>
            <Table.Td>{row.helpful}</Table.Td>
            <Table.Td>{row.notHelpful}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t("portal.pages.feedback.total")}</Table.Th>
          <Table.Td>{summary.helpful}</Table.Td>
          <Table.Td>{summary.notHelpful}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
