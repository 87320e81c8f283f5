import { Anchor, Badge, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

type TModuleEntry = { path: string; title: string; summary: string; isAvailable: boolean };

/** Where to go from here, and honestly which areas exist yet. */
export function ModuleOverview() {
  const { t } = useTranslation();
  const entries: TModuleEntry[] = [
    {
      path: "/arrival",
      title: t("modules.arrival.title"),
      summary: t("modules.arrival.summary"),
      isAvailable: true,
    },
    {
      path: "/counselling",
      title: t("modules.counselling.title"),
      summary: t("modules.counselling.summary"),
      isAvailable: true,
    },
    { path: "/offers", title: t("modules.offers.title"), summary: t("modules.offers.summary"), isAvailable: true },
    { path: "/portal", title: t("modules.portal.title"), summary: t("modules.portal.summary"), isAvailable: true },
    {
      path: "/steering",
      title: t("modules.steering.title"),
      summary: t("modules.steering.summary"),
      isAvailable: false,
    },
    {
      path: "/administration/reference-data",
      title: t("reference.title"),
      summary: t("modules.referenceData.summary"),
      isAvailable: true,
    },
  ];
  return (
    <section aria-labelledby="modules-heading">
      <Title order={2} size="h3" mb="sm" id="modules-heading">
        {t("start.modules.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {entries.map((entry) => (
          <Paper key={entry.path} component="li" withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Anchor component={Link} to={entry.path} fw={700}>
                {entry.title}
              </Anchor>
              <Badge variant={entry.isAvailable ? "filled" : "outline"} color={entry.isAvailable ? "teal.9" : "gray"}>
                {entry.isAvailable ? t("start.modules.available") : t("start.modules.comingSoon")}
              </Badge>
            </Group>
            <Text size="sm">{entry.summary}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
