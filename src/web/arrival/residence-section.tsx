import { Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import printClasses from "../ui/print.module.css";
import { useFormatters } from "../ui/use-formatters.js";
import { MoveDialog } from "./move-dialog.js";
import { residenceHistoryQuery } from "./person-queries.js";

/** Where the person lived when, the moves with their handover notes, and recording a move. */
export function ResidenceSection({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const history = useQuery(residenceHistoryQuery(person.id));
  const municipalities = useQuery(municipalitiesQuery);
  const [isMoving, setIsMoving] = useState(false);
  const names = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const nameOf = (ags: string | null) => (ags === null ? "" : (names.get(ags) ?? ags));
  const canMove = person.allowedActions.includes("update") && person.status === "active";
  const periods = history.data?.periods ?? [];
  const moves = history.data?.moves ?? [];
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("arrival.residence.title")}
      </Title>
      <Stack gap="sm">
        <List spacing="xs" aria-label={t("arrival.residence.periods")}>
          {periods.map((period) => (
            <List.Item key={`${period.municipalityAgs}-${period.since ?? ""}-${period.until ?? ""}`}>
              {nameOf(period.municipalityAgs)}:{" "}
              {period.until === null
                ? t("arrival.residence.since", { date: period.since ? formatDate(period.since) : "–" })
                : t("arrival.residence.fromUntil", {
                    from: period.since ? formatDate(period.since) : "–",
                    until: formatDate(period.until),
                  })}
            </List.Item>
          ))}
        </List>
        {moves
          .filter((move) => move.note !== null)
          .map((move) => (
            <Text key={move.id} size="sm">
              {t("arrival.residence.note", { date: formatDate(move.movedOn) })} {move.note}
            </Text>
          ))}
        {person.status === "moved_away" ? <Text size="sm">{t("arrival.residence.movedAway")}</Text> : null}
        {canMove ? (
          <div className={printClasses.screenOnly}>
            <Button variant="default" onClick={() => setIsMoving(true)}>
              {t("arrival.residence.recordMove")}
            </Button>
          </div>
        ) : null}
      </Stack>
      {canMove ? <MoveDialog person={person} isOpen={isMoving} onClose={() => setIsMoving(false)} /> : null}
    </Paper>
  );
}
