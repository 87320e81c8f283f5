import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TReferralStatus } from "../../../common/offers/referral-schemas.js";
import { describeReferralStatus, referralStatusColours } from "./referral-labels.js";

export function ReferralStatusBadge({ status }: { status: TReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={referralStatusColours[status]} size="sm">
      {describeReferralStatus(status, t)}
    </Badge>
  );
}
