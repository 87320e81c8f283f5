import { Alert, Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { textIn } from "../../../common/counselling/questionnaire-schemas.js";
import type { TNeedMatches } from "../../../common/offers/match-schemas.js";
import type { TReferral } from "../../../common/offers/referral-schemas.js";
import { PriorityBadge } from "../../counselling/assessment/needs-list.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { ReferDialog, type TMatchOrigin } from "../referrals/refer-dialog.js";
import { MatchCard } from "./match-card.js";
import { personMatchesQuery } from "./match-queries.js";

type TNeedMatchesProps = {
  item: TNeedMatches;
  isShowingExcluded: boolean;
  onRefer: (origin: TMatchOrigin) => void;
};

function NeedMatches({ item, isShowingExcluded, onRefer }: TNeedMatchesProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <PriorityBadge priority={item.need.priority} />
        <Title order={3} size="h5">
          {textIn(item.need.reason, i18n.language)}
        </Title>
      </Group>
      {item.isUnmet ? (
        <Alert color="gray" variant="outline">
          <Text size="sm">{t("offers.matching.unmet")}</Text>
        </Alert>
      ) : null}
      {item.matches.map((match) => (
        <MatchCard
          key={match.offerId}
          match={match}
          onRefer={() =>
            onRefer({
              offerId: match.offerId,
              offerTitle: match.title,
              needId: item.need.id,
              snapshot: { offerId: match.offerId, score: match.score, reasons: match.reasons },
            })
          }
        />
      ))}
      {isShowingExcluded && item.excluded.length > 0 ? (
        <>
          <Text size="sm" fw={700}>
            {t("offers.matching.excludedHeading")}
          </Text>
          {item.excluded.map((match) => (
            <MatchCard key={match.offerId} match={match} />
          ))}
        </>
      ) : null}
    </Stack>
  );
}

/**
 * Passende Angebote: per open need the best offers with a reason per criterion; excluded ones on
 * demand. Matched only when asked for, so opening the file neither moves the sections below nor
 * runs (and audits) a match nobody looks at.
 */
export function MatchesSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [isShowingExcluded, setIsShowingExcluded] = useState(false);
  const matches = useQuery({ ...personMatchesQuery(personId, isShowingExcluded), enabled: isOpen });
  const [origin, setOrigin] = useState<TMatchOrigin | null>(null);
  const [sent, setSent] = useState<TReferral | null>(null);

  function body() {
    if (!isOpen) {
      return (
        <div>
          <Button size="xs" onClick={() => setIsOpen(true)}>
            {t("offers.matching.show")}
          </Button>
        </div>
      );
    }
    if (matches.isPending) return <LoadingState />;
    if (matches.isError) return <ProblemAlert error={matches.error} onRetry={() => void matches.refetch()} />;
    if (matches.data.items.length === 0) return <Text size="sm">{t("offers.matching.empty")}</Text>;
    return (
      <Stack gap="lg">
        {matches.data.items.map((item) => (
          <NeedMatches
            key={item.need.id}
            item={item}
            isShowingExcluded={isShowingExcluded}
            onRefer={(chosen) => {
              setSent(null);
              setOrigin(chosen);
            }}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t("offers.matching.title")}
        </Title>
        {isOpen ? (
          <Switch
            label={t("offers.matching.showExcluded")}
            checked={isShowingExcluded}
            onChange={(event) => setIsShowingExcluded(event.currentTarget.checked)}
          />
        ) : null}
      </Group>
      {sent ? (
        <Alert color="green" variant="outline" mb="sm" role="status">
          <Text size="sm">
            {t("offers.referrals.sentNotice", { title: sent.target.offerTitle ?? sent.target.providerName })}{" "}
            <Anchor component={Link} to={`/referrals/${sent.id}`}>
              {t("offers.referrals.openReferral")}
            </Anchor>
          </Text>
        </Alert>
      ) : null}
      {body()}
      {origin ? (
        <ReferDialog
          personId={personId}
          origin={origin}
          isOpen
          onClose={() => setOrigin(null)}
          onSent={(referral) => {
            setOrigin(null);
            setSent(referral);
          }}
        />
      ) : null}
    </Paper>
  );
}
