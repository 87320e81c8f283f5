import { Fieldset, List, Loader, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { occurrencesQuery } from "./event-queries.js";

/** How many dates the preview lists; the API gives at most 500 within a year. */
const shownOccurrences = 12;

/** The saved event's next dates for a year from today (or from its start, when that is later). */
export function OccurrencePreview({ event }: { event: TPortalEvent }) {
  const { t, i18n } = useTranslation();
  const [range] = useState(() => {
    const start = event.startsAt ?? (event.startsOn ? `${event.startsOn}T00:00:00Z` : new Date().toISOString());
    const from = new Date(Math.max(Date.now(), new Date(start).getTime()) - 24 * 60 * 60_000);
    const to = new Date(from.getTime() + 364 * 24 * 60 * 60_000);
    return { from: from.toISOString(), to: to.toISOString() };
  });
  const occurrences = useQuery(occurrencesQuery(event.id, event.version, range.from, range.to));
  const locale = i18n.resolvedLanguage ?? "de";
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });

  return (
    <Fieldset legend={t("portal.events.preview.legend")}>
      <Text size="sm" c="dimmed" mb="xs">
        {t("portal.events.preview.hint")}
      </Text>
      {occurrences.isPending ? (
        <Loader size="sm" aria-label={t("portal.events.preview.loading")} />
      ) : occurrences.isError ? (
        <ProblemAlert error={occurrences.error} onRetry={() => void occurrences.refetch()} />
      ) : occurrences.data.items.length === 0 ? (
        <Text role="status">{t("portal.events.preview.none")}</Text>
      ) : (
        <>
          <Text role="status" size="sm" mb="xs">
            {t("portal.events.preview.count", { count: occurrences.data.items.length })}
          </Text>
          <List size="sm" aria-label={t("portal.events.preview.legend")}>
            {occurrences.data.items.slice(0, shownOccurrences).map((occurrence) => (
              <List.Item key={occurrence.startsAt}>
                {occurrence.isAllDay
                  ? date.format(new Date(occurrence.startsAt))
                  : `${dateTime.format(new Date(occurrence.startsAt))} – ${dateTime.format(new Date(occurrence.endsAt))}`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Fieldset>
  );
}
