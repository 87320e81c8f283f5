import { Anchor, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { PageHeader } from "../ui/page-header.js";
import { CaseloadSection } from "./caseload/caseload-section.js";

/** Beraten: the caseload, the way into case work; a person's counselling file opens from here or their person file. */
export function CounsellingPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const worksCases = user.memberships.some(
    (membership) => membership.role === "caseworker" || membership.role === "provider_staff",
  );
  return (
    <>
      <PageHeader title={t("modules.counselling.title")} description={t("modules.counselling.purpose")} />
      <Stack gap="lg">
        {worksCases ? <CaseloadSection /> : <Text maw={720}>{t("counselling.caseload.onlyDeskWorkers")}</Text>}
        <Paper withBorder p="lg" radius="md" maw={720}>
          <Stack gap="xs">
            <Anchor component={Link} to="/counselling/handovers" fw={700}>
              {t("counselling.handovers.title")}
            </Anchor>
            <Text size="sm">{t("counselling.handovers.description")}</Text>
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
