import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { ConfirmDialog } from "../platform/administration/confirm-dialog.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { formatBirthDate } from "./birth-date.js";
import { duplicateCandidatesQuery, mergesQuery, useMergePerson, useUndoMerge } from "./person-queries.js";

type TCandidate = { id: string; givenName: string; familyName: string };

/**
 * Duplicates of this record and the merges it took part in: a candidate can be merged into this
 * record after a confirmation, and a merge undone while this record is unchanged since.
 */
export function MergeSection({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const canChange = person.allowedActions.includes("update") && person.status !== "merged";
  const candidates = useQuery({
    ...duplicateCandidatesQuery({
      givenName: person.givenName,
      familyName: person.familyName,
      birthYear: person.birthYear ?? undefined,
      birthMonth: person.birthMonth ?? undefined,
      birthDay: person.birthDay ?? undefined,
      excludeId: person.id,
    }),
    enabled: canChange,
  });
  const merges = useQuery(mergesQuery(person.id));
  const merge = useMergePerson(person.id);
  const undo = useUndoMerge(person.id);
  const [confirming, setConfirming] = useState<TCandidate | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const found = (candidates.data?.candidates ?? []).filter((candidate) => candidate.isLikelyDuplicate);
  const history = merges.data ?? [];
  if (!canChange && history.length === 0) return null;

  function confirmMerge() {
    if (!confirming) return;
    const other = confirming;
    merge.mutate(other.id, {
      onSuccess: () => {
        setConfirming(undefined);
        setNotice(t("arrival.merge.merged", { name: `${other.givenName} ${other.familyName}` }));
      },
    });
  }

  return (
    <div className={printClasses.screenOnly}>
      <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
        <Title order={2} size="h3" mb="sm" id={headingId}>
          {t("arrival.merge.title")}
        </Title>
        <Stack gap="sm">
          {notice ? (
            <Alert color="green" variant="light" role="status">
              {notice}
            </Alert>
          ) : null}
          {merge.error ? <ProblemAlert error={merge.error} /> : null}
          {undo.error ? <ProblemAlert error={undo.error} /> : null}
          {canChange && found.length === 0 && !candidates.isPending ? (
            <Text size="sm">{t("arrival.merge.noCandidates")}</Text>
          ) : null}
          {found.length > 0 ? (
            <List spacing="xs">
              {found.map((candidate) => (
                <List.Item key={candidate.id}>
                  <Group gap="sm">
                    <Text>
                      {candidate.givenName} {candidate.familyName}
                      {candidate.birthYear === null ? "" : `, ${formatBirthDate(candidate, formatDate) ?? ""}`}
                    </Text>
                    <Badge color="dark" variant="filled">
                      {t("arrival.duplicates.likely")}
                    </Badge>
                    <Button size="xs" variant="default" onClick={() => setConfirming(candidate)}>
                      {t("arrival.merge.mergeInto", { name: `${candidate.givenName} ${candidate.familyName}` })}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : null}
          {history.length > 0 ? (
            <List spacing="xs" aria-label={t("arrival.merge.history")}>
              {history.map((entry) => (
                <List.Item key={entry.id}>
                  <Group gap="sm">
                    <Text size="sm">
                      {entry.undoneAt
                        ? t("arrival.merge.undoneEntry", { date: formatDate(entry.undoneAt.slice(0, 10)) })
                        : t("arrival.merge.entry", { date: formatDate(entry.mergedAt.slice(0, 10)) })}
                    </Text>
                    {entry.canUndo ? (
                      <Button
                        size="xs"
                        variant="default"
                        loading={undo.isPending}
                        onClick={() => undo.mutate(entry.id, { onSuccess: () => setNotice(t("arrival.merge.undone")) })}
                      >
                        {t("arrival.merge.undo")}
                      </Button>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      </Paper>
      <ConfirmDialog
        title={t("arrival.merge.confirmTitle")}
        message={t("arrival.merge.confirmMessage", {
          other: confirming ? `${confirming.givenName} ${confirming.familyName}` : "",
          name: `${person.givenName} ${person.familyName}`,
        })}
        confirmLabel={t("arrival.merge.confirm")}
        isOpen={confirming !== undefined}
        isPending={merge.isPending}
        onConfirm={confirmMerge}
        onCancel={() => setConfirming(undefined)}
      />
    </div>
  );
}
