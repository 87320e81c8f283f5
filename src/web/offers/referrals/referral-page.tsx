import { Anchor, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  activeReferralStatuses,
  type TReferral,
  type TReferralStatus,
} from "../../../common/offers/referral-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { ReferralActions } from "./referral-actions.js";
import { describeReferralField, describeReferralStatus } from "./referral-labels.js";
import { ReferralLetterDownload } from "./referral-letter-download.js";
import { referralQuery } from "./referral-queries.js";
import { ReferralStatusBadge } from "./referral-status-badge.js";
import { SharedDataList } from "./shared-data-list.js";

const activeStatuses: readonly TReferralStatus[] = activeReferralStatuses;

function recipientOf(referral: TReferral): string {
  return [referral.target.offerTitle, referral.target.providerName].filter((part) => part).join(" – ");
}

function ReferralDetails({ referral }: { referral: TReferral }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const sharedHeadingId = useId();
  const historyHeadingId = useId();
  const sharedFields = referral.fieldCodes.map((code) => describeReferralField(code, t)).join(", ");
  return (
    <Stack gap="md" maw={900}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group gap="sm">
            <ReferralStatusBadge status={referral.status} />
            {referral.waitingDays !== null ? (
              <Text size="sm">{t("offers.referrals.waitingDays", { count: referral.waitingDays })}</Text>
            ) : null}
          </Group>
          <Text>
            <strong>{t("offers.referrals.recipient")}:</strong> {recipientOf(referral)}
          </Text>
          {referral.target.externalAddress ? <Text size="sm">{referral.target.externalAddress}</Text> : null}
          <Text>
            <strong>{t("offers.referrals.purpose")}:</strong> {referral.purpose}
          </Text>
          <Text size="sm">
            {t("offers.referrals.sentBy", {
              name: referral.sentBy.name ?? referral.sentBy.organisationName,
              organisation: referral.sentBy.organisationName,
              at: formatDateTime(referral.sentAt),
            })}
          </Text>
          {referral.note ? (
            <Text size="sm">
              <strong>{t("offers.referrals.lastNote")}:</strong> {referral.note}
            </Text>
          ) : null}
          {referral.personName ? (
            <Text>
              <strong>{t("offers.referrals.person")}:</strong>{" "}
              <Anchor component={Link} to={`/counselling/persons/${referral.personId}`}>
                {referral.personName}
              </Anchor>
            </Text>
          ) : null}
          <ReferralActions referral={referral} />
          {referral.personName !== null && activeStatuses.includes(referral.status) ? (
            <ReferralLetterDownload referralId={referral.id} />
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby={sharedHeadingId}>
        <Title order={2} size="h4" id={sharedHeadingId} mb="sm">
          {t("offers.referrals.sharedHeading")}
        </Title>
        {referral.sharedData ? (
          <SharedDataList fieldCodes={referral.fieldCodes} data={referral.sharedData} />
        ) : (
          <Text size="sm">
            {referral.personName === null
              ? t("offers.referrals.sharedEnded")
              : t("offers.referrals.sharedFields", { fields: sharedFields })}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby={historyHeadingId}>
        <Title order={2} size="h4" id={historyHeadingId} mb="sm">
          {t("offers.referrals.history")}
        </Title>
        <List spacing="xs" size="sm">
          {referral.events.map((event) => (
            <List.Item key={`${event.at}-${event.toStatus}`}>
              {formatDateTime(event.at)}: {describeReferralStatus(event.toStatus, t)}
              {event.byName ? ` (${event.byName})` : ""}
              {event.note ? ` – ${event.note}` : ""}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}

/** One referral: recipient, purpose, status with the next steps, what is shared, and its history. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { referralId = "" } = useParams();
  const referral = useQuery(referralQuery(referralId));
  return (
    <>
      <PageHeader title={referral.data ? recipientOf(referral.data) : t("offers.referrals.title")} />
      {referral.isPending ? <LoadingState /> : null}
      {referral.isError ? <ProblemAlert error={referral.error} onRetry={() => void referral.refetch()} /> : null}
      {referral.data ? <ReferralDetails referral={referral.data} /> : null}
    </>
  );
}
