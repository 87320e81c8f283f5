import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./page-header.js";

type TModulePlaceholderProps = { title: string; purpose: string };

/** An honest page for a module not built yet: what it will do, and no invented data. */
export function ModulePlaceholder({ title, purpose }: TModulePlaceholderProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder p="xl" radius="md" maw={720}>
        <Title order={2} size="h3" mb="sm">
          {t("modules.comingSoon")}
        </Title>
        <Text>{purpose}</Text>
      </Paper>
    </>
  );
}
