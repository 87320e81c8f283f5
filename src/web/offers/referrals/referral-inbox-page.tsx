import { useTranslation } from "react-i18next";
import type { TInboxQuery } from "../../../common/offers/referral-schemas.js";
import { ReferralListPage, type TListFilter } from "./referral-list-page.js";
import { fetchInbox } from "./referral-queries.js";

/** The provider's inbox: referrals for us, and those waiting for our answer. */
export function ReferralInboxPage() {
  const { t } = useTranslation();
  return (
    <ReferralListPage<TInboxQuery["view"]>
      title={t("offers.referrals.inbox.title")}
      description={t("offers.referrals.inbox.description")}
      views={[
        { value: "for_us", label: t("offers.referrals.inbox.forUs") },
        { value: "waiting", label: t("offers.referrals.inbox.waiting") },
      ]}
      initialView="for_us"
      showsPerson
      emptyText={t("offers.referrals.inbox.empty")}
      listKey="inbox"
      load={(filter: TListFilter<TInboxQuery["view"]>, signal) => fetchInbox(filter, signal)}
    />
  );
}
