import { useTranslation } from "react-i18next";
import type { TCaseworkerReferralsQuery } from "../../../common/offers/referral-schemas.js";
import { ReferralListPage, type TListFilter } from "./referral-list-page.js";
import { fetchSentReferrals } from "./referral-queries.js";

/** The caseworker's referrals: sent by me, by my team, and those waiting for the provider's answer. */
export function SentReferralsPage() {
  const { t } = useTranslation();
  return (
    <ReferralListPage<TCaseworkerReferralsQuery["view"]>
      title={t("offers.referrals.sent.title")}
      description={t("offers.referrals.sent.description")}
      views={[
        { value: "sent_by_me", label: t("offers.referrals.sent.byMe") },
        { value: "my_team", label: t("offers.referrals.sent.myTeam") },
        { value: "waiting", label: t("offers.referrals.sent.waiting") },
      ]}
      initialView="sent_by_me"
      showsPerson
      emptyText={t("offers.referrals.sent.empty")}
      listKey="sent"
      load={(filter: TListFilter<TCaseworkerReferralsQuery["view"]>, signal) => fetchSentReferrals(filter, signal)}
    />
  );
}
