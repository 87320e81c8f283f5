import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { PageHeader } from "../ui/page-header.js";
import { DistrictSummary } from "./district-summary.js";
import { MembershipsCard } from "./memberships-card.js";
import { ModuleOverview } from "./module-overview.js";

/** The overview after login: who you are here, the district at a glance, and where to go. */
export function StartPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <>
      <PageHeader title={t("start.title")} description={t("start.greeting", { name: user.displayName })} />
      <Stack gap="lg">
        <MembershipsCard memberships={user.memberships} />
        <DistrictSummary />
        <ModuleOverview />
      </Stack>
    </>
  );
}
