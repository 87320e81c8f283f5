import { Badge, VisuallyHidden } from "@mantine/core";
import type { TContentLanguage, TPageStatus, TTranslationStatus } from "../../../common/portal/portal-content.js";
import { usePageLabels } from "./page-labels.js";

/** Filled badges in dark shades: white text on them keeps 4.5:1. */
const statusColors: Record<TPageStatus, string> = { draft: "gray.7", published: "teal.9" };
const translationColors: Record<TTranslationStatus, string> = {
  up_to_date: "teal.9",
  outdated: "orange.9",
  missing: "gray.7",
};

export function PageStatusBadge({ status }: { status: TPageStatus }) {
  const labels = usePageLabels();
  return (
    <Badge color={statusColors[status]} variant="filled">
      {labels.statuses[status]}
    </Badge>
  );
}

/** The language's code and its status, both in words for screen readers (the code alone is too terse). */
export function TranslationStatusBadge({
  language,
  status,
}: {
  language: TContentLanguage;
  status: TTranslationStatus;
}) {
  const labels = usePageLabels();
  return (
    <Badge color={translationColors[status]} variant="filled" title={labels.language(language)}>
      <span aria-hidden="true">{language} </span>
      <VisuallyHidden>{labels.language(language)}: </VisuallyHidden>
      {labels.translationStatuses[status]}
    </Badge>
  );
}
