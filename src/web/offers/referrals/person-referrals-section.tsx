import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { ReferDialog } from "./refer-dialog.js";
import { sentReferralsQuery } from "./referral-queries.js";
import { ReferralTable } from "./referral-table.js";

/** Vermittlungen: the person's referrals sent by the team, and a referral made by hand. */
export function PersonReferralsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isReferring, setIsReferring] = useState(false);
  const referrals = useQuery(sentReferralsQuery({ view: "my_team", personId, status: undefined, search: "", page: 1 }));

  function body() {
    if (referrals.isPending) return <LoadingState />;
    if (referrals.isError) return <ProblemAlert error={referrals.error} onRetry={() => void referrals.refetch()} />;
    if (referrals.data.items.length === 0) return <Text size="sm">{t("offers.referrals.personEmpty")}</Text>;
    return (
      <ReferralTable
        referrals={referrals.data.items}
        caption={t("offers.referrals.personCaption")}
        showsPerson={false}
      />
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {t("offers.referrals.personTitle")}
          </Title>
          <Button size="xs" variant="default" onClick={() => setIsReferring(true)}>
            {t("offers.referrals.referByHand")}
          </Button>
        </Group>
        {body()}
      </Stack>
      {isReferring ? (
        <ReferDialog
          personId={personId}
          origin={null}
          isOpen
          onClose={() => setIsReferring(false)}
          onSent={() => setIsReferring(false)}
        />
      ) : null}
    </Paper>
  );
}
