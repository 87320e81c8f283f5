import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../ui/page-header.js";
import { SecondFactorSection } from "./second-factor-section.js";
import { SessionsSection } from "./sessions-section.js";

/** The signed-in user's own security: the second factor, recovery codes, and where they are logged in. */
export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("security.page.title")} description={t("security.page.description")} />
      <Stack gap="xl">
        <SecondFactorSection />
        <SessionsSection />
      </Stack>
    </>
  );
}
