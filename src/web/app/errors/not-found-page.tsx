import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../ui/page-header.js";

/** A path the app does not know, shown inside the app frame so navigation stays at hand. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("errors.notFound.title")} />
      <Text mb="md">{t("errors.notFound.detail")}</Text>
      <Anchor component={Link} to="/">
        {t("errors.backToStart")}
      </Anchor>
    </>
  );
}
