import { Anchor, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TReferralSummary } from "../../../common/offers/referral-schemas.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { ReferralStatusBadge } from "./referral-status-badge.js";

type TReferralTableProps = { referrals: TReferralSummary[]; caption: string; showsPerson: boolean };

/** Referrals as rows: recipient (link to the referral), person where shown, purpose, sent, status. */
export function ReferralTable({ referrals, caption, showsPerson }: TReferralTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("offers.referrals.recipient")}</Table.Th>
            {showsPerson ? <Table.Th scope="col">{t("offers.referrals.person")}</Table.Th> : null}
            <Table.Th scope="col">{t("offers.referrals.purpose")}</Table.Th>
            <Table.Th scope="col">{t("offers.referrals.sentAt")}</Table.Th>
            <Table.Th scope="col">{t("offers.referrals.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                <Anchor component={Link} to={`/referrals/${referral.id}`}>
                  {referral.target.offerTitle ?? referral.target.providerName}
                </Anchor>
                {referral.target.offerTitle ? <Text size="xs">{referral.target.providerName}</Text> : null}
              </Table.Td>
              {showsPerson ? <Table.Td>{referral.personName ?? t("offers.referrals.noValue")}</Table.Td> : null}
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {referral.purpose}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDateTime(referral.sentAt)}
                {referral.waitingDays !== null ? (
                  <Text size="xs">{t("offers.referrals.waitingDays", { count: referral.waitingDays })}</Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <ReferralStatusBadge status={referral.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
