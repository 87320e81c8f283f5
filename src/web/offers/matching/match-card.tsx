import { Button, Group, List, Paper, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { describeMatchReason } from "../../../common/offers/match-reason-texts.js";
import type { TMatchReasonEffect, TOfferMatch } from "../../../common/offers/match-schemas.js";

const marks: Record<TMatchReasonEffect, string> = { plus: "✓", minus: "−", neutral: "·", excludes: "✗" };
const colours: Record<TMatchReasonEffect, string> = {
  plus: "green.9",
  minus: "#7a4a00",
  neutral: "gray.8",
  excludes: "red.9",
};

/**
 * One offer with its score and a reason per criterion; the mark is repeated in words for screen
 * readers. Offers that fit can be referred to (onRefer).
 */
export function MatchCard({ match, onRefer }: { match: TOfferMatch; onRefer?: (match: TOfferMatch) => void }) {
  const { t, i18n } = useTranslation();
  const effectLabels: Record<TMatchReasonEffect, string> = {
    plus: t("offers.matching.effect.plus"),
    minus: t("offers.matching.effect.minus"),
    neutral: t("offers.matching.effect.neutral"),
    excludes: t("offers.matching.effect.excludes"),
  };
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={match.title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={4} size="h5">
            {match.title}
          </Title>
          <Text size="sm">{match.providerName}</Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" fw={700}>
            {t("offers.matching.score", { score: match.score })}
          </Text>
          {onRefer ? (
            <Button
              size="xs"
              onClick={() => onRefer(match)}
              aria-label={t("offers.referrals.referTo", { title: match.title })}
            >
              {t("offers.referrals.refer")}
            </Button>
          ) : null}
        </Group>
      </Group>
      <List size="sm" spacing={2} listStyleType="none" pl={0} mt="xs">
        {match.reasons.map((reason) => (
          <List.Item key={`${reason.criterion}-${reason.code}`}>
            <Text span c={colours[reason.effect]} fw={700} aria-hidden="true" mr={6}>
              {marks[reason.effect]}
            </Text>
            <VisuallyHidden>{`${effectLabels[reason.effect]}: `}</VisuallyHidden>
            <Text span size="sm">
              {describeMatchReason(reason, i18n.language)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
