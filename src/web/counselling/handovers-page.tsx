import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { THandover } from "../../common/counselling/handover-schemas.js";
import classes from "../arrival/person-file.module.css";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { handoversQuery, useDecideHandover } from "./case-queries.js";
import counsellingClasses from "./counselling.module.css";
import { DeclineHandoverDialog } from "./decline-handover-dialog.js";

type THandoverCardProps = { handover: THandover; box: "incoming" | "outgoing"; onDecline: () => void };

function HandoverCard({ handover, box, onDecline }: THandoverCardProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const decide = useDecideHandover();
  const name = `${handover.person.givenName} ${handover.person.familyName}`;
  return (
    <li>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            <Anchor component={Link} to={`/counselling/persons/${handover.person.id}`}>
              {name}
            </Anchor>
            {handover.person.birthYear ? ` (${handover.person.birthYear})` : ""}
          </Title>
          <dl className={classes.details}>
            <dt>{box === "incoming" ? t("counselling.handovers.fromDesk") : t("counselling.handovers.toDesk")}</dt>
            <dd>{box === "incoming" ? handover.fromDesk.name : handover.toDesk.name}</dd>
            <dt>{t("counselling.handovers.toUser")}</dt>
            <dd>{handover.toUser?.displayName ?? t("counselling.handovers.anyone")}</dd>
            <dt>{t("counselling.handovers.sentAt")}</dt>
            <dd>
              <time dateTime={handover.createdAt}>{formatDateTime(handover.createdAt)}</time>
              {handover.createdByName ? ` (${t("arrival.timeline.by", { name: handover.createdByName })})` : ""}
            </dd>
            <dt>{t("counselling.handovers.note")}</dt>
            <dd className={counsellingClasses.preWrap}>{handover.note}</dd>
          </dl>
          {decide.error ? <ProblemAlert error={decide.error} /> : null}
          <Group>
            {box === "incoming" ? (
              <>
                <Button
                  onClick={() => decide.mutate({ handoverId: handover.id, decision: "accept" })}
                  loading={decide.isPending}
                  aria-label={t("counselling.handovers.acceptFor", { name })}
                >
                  {t("counselling.handovers.accept")}
                </Button>
                <Button
                  variant="default"
                  onClick={onDecline}
                  aria-label={t("counselling.handovers.declineFor", { name })}
                >
                  {t("counselling.handovers.decline")}
                </Button>
              </>
            ) : (
              <Button
                variant="default"
                onClick={() => decide.mutate({ handoverId: handover.id, decision: "withdraw" })}
                loading={decide.isPending}
                aria-label={t("counselling.handovers.withdrawFor", { name })}
              >
                {t("counselling.handovers.withdraw")}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </li>
  );
}

function HandoverList({ box }: { box: "incoming" | "outgoing" }) {
  const { t } = useTranslation();
  const headingId = useId();
  const handovers = useQuery(handoversQuery({ box, state: "pending" }));
  const [declining, setDeclining] = useState<THandover | undefined>();
  const items = handovers.data ?? [];
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {box === "incoming" ? t("counselling.handovers.incoming") : t("counselling.handovers.outgoing")}
      </Title>
      {handovers.isPending ? <LoadingState /> : null}
      {handovers.isError ? <ProblemAlert error={handovers.error} onRetry={() => void handovers.refetch()} /> : null}
      {handovers.isSuccess && items.length === 0 ? <Text size="sm">{t("counselling.handovers.none")}</Text> : null}
      <ol className={`${classes.plainList} ${counsellingClasses.stackedList}`} aria-labelledby={headingId}>
        {items.map((handover) => (
          <HandoverCard key={handover.id} handover={handover} box={box} onDecline={() => setDeclining(handover)} />
        ))}
      </ol>
      <DeclineHandoverDialog handover={declining} onClose={() => setDeclining(undefined)} />
    </section>
  );
}

/** Übergaben: cases waiting for the user's desks to take them over, and those the desks sent. */
export function HandoversPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("counselling.handovers.title")} description={t("counselling.handovers.description")} />
      <Stack gap="xl" maw={960}>
        <HandoverList box="incoming" />
        <HandoverList box="outgoing" />
      </Stack>
    </>
  );
}
