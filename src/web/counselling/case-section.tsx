import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TCase } from "../../common/counselling/case-schemas.js";
import classes from "../arrival/person-file.module.css";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { CaseAssignDialog } from "./case-assign-dialog.js";
import { describeCaseStatus, describeCloseReason, describeDeskKind } from "./case-labels.js";
import { personCaseQuery, useOpenCase } from "./case-queries.js";
import { CaseStatusDialog } from "./case-status-dialog.js";
import { HandoverDialog } from "./handover-dialog.js";

type TDialog = "status" | "assign" | "handover" | undefined;

function CaseDetails({ personCase }: { personCase: TCase }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <>
      <dl className={classes.details}>
        <dt>{t("counselling.case.status")}</dt>
        <dd>{describeCaseStatus(personCase.status, t)}</dd>
        <dt>{t("counselling.case.desk")}</dt>
        <dd>
          {personCase.desk.name} ({describeDeskKind(personCase.desk.kind, t)})
        </dd>
        <dt>{t("counselling.case.assignee")}</dt>
        <dd>{personCase.assignee?.displayName ?? t("counselling.case.unassigned")}</dd>
      </dl>
      {personCase.pendingHandoverId ? <Text fw={700}>{t("counselling.case.handoverWaiting")}</Text> : null}
      <Title order={3} size="h4">
        {t("counselling.case.history")}
      </Title>
      <ol className={classes.plainList}>
        {personCase.history.map((entry) => (
          <li key={entry.id}>
            <Text size="sm">
              <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt)}</time>:{" "}
              <strong>{describeCaseStatus(entry.toStatus, t)}</strong>
              {entry.closeReason ? ` – ${describeCloseReason(entry.closeReason, t)}` : ""}
              {entry.reasonText ? ` – ${entry.reasonText}` : ""}
              {entry.changedByName ? ` (${t("arrival.timeline.by", { name: entry.changedByName })})` : ""}
            </Text>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The person's case (Fall): status, desk and assignee, with the changes the user may make. */
export function CaseSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(personCaseQuery(personId));
  const openCase = useOpenCase(personId);
  const [dialog, setDialog] = useState<TDialog>();
  const personCase = query.data?.case ?? null;
  const can = (action: TCase["allowedActions"][number]) => personCase?.allowedActions.includes(action) ?? false;
  const close = () => setDialog(undefined);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("counselling.case.title")}
      </Title>
      <Stack gap="sm">
        {query.isError ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        {openCase.error ? <ProblemAlert error={openCase.error} /> : null}
        {personCase ? <CaseDetails personCase={personCase} /> : null}
        {query.data?.hasHandoverToActor ? (
          <Text fw={700}>
            {t("counselling.case.handoverToYou")}{" "}
            <Anchor component={Link} to="/counselling/handovers">
              {t("counselling.handovers.title")}
            </Anchor>
          </Text>
        ) : null}
        {query.isSuccess && personCase === null && !query.data.hasHandoverToActor ? (
          <Text size="sm">{t("counselling.case.none")}</Text>
        ) : null}
        <Group className={printClasses.screenOnly}>
          {query.data?.canOpen ? (
            <Button onClick={() => openCase.mutate({ assigneeUserId: null })} loading={openCase.isPending}>
              {t("counselling.case.open")}
            </Button>
          ) : null}
          {can("change_status") ? (
            <Button variant="default" onClick={() => setDialog("status")}>
              {t("counselling.case.changeStatus")}
            </Button>
          ) : null}
          {can("assign") ? (
            <Button variant="default" onClick={() => setDialog("assign")}>
              {t("counselling.case.assign")}
            </Button>
          ) : null}
          {can("hand_over") ? (
            <Button variant="default" onClick={() => setDialog("handover")}>
              {t("counselling.case.handOver")}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {personCase ? (
        <>
          <CaseStatusDialog personCase={personCase} isOpen={dialog === "status"} onClose={close} />
          <CaseAssignDialog personCase={personCase} isOpen={dialog === "assign"} onClose={close} />
          <HandoverDialog personCase={personCase} isOpen={dialog === "handover"} onClose={close} />
        </>
      ) : null}
    </Paper>
  );
}
