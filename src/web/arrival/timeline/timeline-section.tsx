import { Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { municipalitiesQuery } from "../../platform/reference-data/reference-queries.js";
import { PageNavigation } from "../../ui/page-navigation.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { timelinePageSize, timelineQuery } from "../consent/consent-queries.js";
import classes from "../person-file.module.css";
import { describeTimelineEntry } from "./timeline-labels.js";

/** What happened to the person, newest first, a page at a time. */
export function TimelineSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const timeline = useQuery(timelineQuery(personId, page));
  const municipalities = useQuery(municipalitiesQuery);
  const names = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const municipalityName = (ags: string | null) => (ags === null ? "–" : (names.get(ags) ?? ags));
  const items = timeline.data?.items ?? [];
  const pages = Math.ceil((timeline.data?.total ?? 0) / timelinePageSize);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("arrival.timeline.title")}
      </Title>
      <Stack gap="sm">
        {timeline.isError ? <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
        {timeline.isSuccess && items.length === 0 ? <Text size="sm">{t("arrival.timeline.empty")}</Text> : null}
        <ol className={classes.plainList} aria-labelledby={headingId}>
          {items.map((entry) => {
            const { title, detail } = describeTimelineEntry(entry, municipalityName, t);
            return (
              <li key={entry.id}>
                <Text size="sm">
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>: <strong>{title}</strong>
                  {detail === "" ? "" : ` – ${detail}`}
                  {entry.actorName ? ` (${t("arrival.timeline.by", { name: entry.actorName })})` : ""}
                </Text>
              </li>
            );
          })}
        </ol>
        <PageNavigation pageCount={pages} page={page} onChange={setPage} />
      </Stack>
    </Paper>
  );
}
