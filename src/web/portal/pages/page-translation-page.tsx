import { Anchor, Grid, Paper, Stack, Text, Title, TypographyStylesProvider } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { TPage } from "../../../common/portal/page-schemas.js";
import { isContentLanguage, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { usePageOfRoute } from "./page-edit-page.js";
import { usePageLabels } from "./page-labels.js";
import { PageLanguageList } from "./page-language-list.js";
import { PagePreview } from "./page-preview.js";
import { TranslationStatusBadge } from "./page-status-badges.js";
import { PageTextForm } from "./page-text-form.js";

/** A translation beside its German source: the source read-only, the translation's editor, its status. */
export function PageTranslationPage() {
  const { t } = useTranslation();
  const { language = "" } = useParams();
  const { isValid, page } = usePageOfRoute();
  if (!isValid || !isContentLanguage(language) || language === "de" || page.isError) {
    return (
      <>
        <PageHeader title={t("portal.pages.translation.title")} />
        {page.isError ? (
          <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <Text>{t("portal.pages.edit.notFound")}</Text>
        )}
      </>
    );
  }
  if (page.isPending) return <LoadingState />;
  return <TranslationView key={language} page={page.data} language={language} onReload={() => page.refetch()} />;
}

type TTranslationViewProps = { page: TPage; language: TContentLanguage; onReload: () => Promise<unknown> };

function TranslationView({ page, language, onReload }: TTranslationViewProps) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const german = page.texts.find((text) => text.language === "de");
  const translation = page.texts.find((text) => text.language === language);
  const status = page.translations.find((entry) => entry.language === language)?.status ?? "missing";
  const statusText =
    status === "outdated"
      ? t("portal.pages.translation.outdatedSince", {
          source: translation?.sourceVersion ?? 0,
          current: german?.textVersion ?? 0,
        })
      : status === "missing"
        ? t("portal.pages.translation.missing")
        : t("portal.pages.translation.upToDate", { version: german?.textVersion ?? 0 });
  return (
    <>
      <PageHeader
        title={t("portal.pages.translation.heading", { language: labels.language(language) })}
        description={german?.title}
      />
      <Stack gap="lg">
        <Text>
          <Anchor component={Link} to={`/portal/pages/${page.id}`}>
            {t("portal.pages.translation.backToPage")}
          </Anchor>
        </Text>
        <Paper withBorder p="sm" radius="md" role="status">
          <TranslationStatusBadge language={language} status={status} /> <Text span>{statusText}</Text>
        </Paper>
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="source-heading">
              <Title order={2} size="h3" id="source-heading" mb="sm">
                {t("portal.pages.translation.source", { version: german?.textVersion ?? 0 })}
              </Title>
              {german ? (
                <div lang="de">
                  <Title order={3} size="h4">
                    {german.title}
                  </Title>
                  {german.summary ? <Text fw={700}>{german.summary}</Text> : null}
                  <TypographyStylesProvider>
                    {/* Sanitised by the server when saved, as the portal renders it. */}
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the stored body is sanitised HTML */}
                    <div dangerouslySetInnerHTML={{ __html: german.bodyHtml }} />
                  </TypographyStylesProvider>
                </div>
              ) : (
                <Text>{t("portal.pages.translations.needsGerman")}</Text>
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="translation-heading">
              <Title order={2} size="h3" id="translation-heading" mb="sm">
                {labels.language(language)}
              </Title>
              {german ? <PageTextForm page={page} language={language} onReload={() => void onReload()} /> : null}
            </Paper>
          </Grid.Col>
        </Grid>
        <Paper component="section" withBorder p="md" radius="md" aria-labelledby="languages-heading">
          <Title order={2} size="h3" id="languages-heading" mb="sm">
            {t("portal.pages.sections.translations")}
          </Title>
          <PageLanguageList page={page} current={language} />
        </Paper>
        {german ? (
          <Paper component="section" withBorder p="md" radius="md" aria-labelledby="preview-heading">
            <Title order={2} size="h3" id="preview-heading" mb="sm">
              {t("portal.pages.sections.preview")}
            </Title>
            <PagePreview page={page} language={language} />
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
