import { Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPage } from "../../../common/portal/page-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { usePageLabels } from "./page-labels.js";
import { TranslationStatusBadge } from "./page-status-badges.js";

type TPageLanguageListProps = { page: TPage; current?: TContentLanguage };

/** Every content language of the page with its status, each leading to its translation view. */
export function PageLanguageList({ page, current }: TPageLanguageListProps) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const hasGerman = page.texts.some((text) => text.language === "de");
  return (
    <List listStyleType="none" spacing="xs" p={0}>
      {page.translations.map(({ language, status }) => (
        <List.Item key={language}>
          {hasGerman ? (
            <Anchor
              component={Link}
              to={`/portal/pages/${page.id}/translations/${language}`}
              aria-current={language === current ? "page" : undefined}
              fw={language === current ? 700 : undefined}
            >
              {labels.language(language)}
            </Anchor>
          ) : (
            <Text span>{labels.language(language)}</Text>
          )}{" "}
          <TranslationStatusBadge language={language} status={status} />
        </List.Item>
      ))}
      {hasGerman ? null : (
        <Text size="sm" c="dimmed" mt="xs">
          {t("portal.pages.translations.needsGerman")}
        </Text>
      )}
    </List>
  );
}
