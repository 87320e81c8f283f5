import { Alert, Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { type TPage, ZPageIdParams } from "../../../common/portal/page-schemas.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { PageFeedback } from "./page-feedback.js";
import { usePageLabels } from "./page-labels.js";
import { PageLanguageList } from "./page-language-list.js";
import { PageMetadataForm } from "./page-metadata-form.js";
import { readPageNotice, type TPageNotice } from "./page-notice.js";
import { PagePreview } from "./page-preview.js";
import { PagePublishButtons } from "./page-publish-buttons.js";
import { pageQuery } from "./page-queries.js";
import { PageStatusBadge } from "./page-status-badges.js";
import { PageTextForm } from "./page-text-form.js";

/** Loads the page of the address; its views render once it is there (or say why not). */
export function usePageOfRoute() {
  const { id = "" } = useParams();
  const isValid = ZPageIdParams.safeParse({ id }).success;
  return { isValid, page: useQuery({ ...pageQuery(id), enabled: isValid }) };
}

export function PageEditPage() {
  const { t } = useTranslation();
  const { isValid, page } = usePageOfRoute();
  if (!isValid || page.isError) {
    return (
      <>
        <PageHeader title={t("portal.pages.edit.title")} />
        {page.isError ? (
          <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <Text>{t("portal.pages.edit.notFound")}</Text>
        )}
      </>
    );
  }
  if (page.isPending) return <LoadingState />;
  return <PageEditView page={page.data} onReload={() => page.refetch()} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.replaceAll(/\W+/g, "-")}`;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function PageEditView({ page, onReload }: { page: TPage; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const location = useLocation();
  const [notice, setNotice] = useState<TPageNotice | undefined>(() => readPageNotice(location.state));
  const [generation, setGeneration] = useState(0);
  const german = page.texts.find((text) => text.language === "de");
  const noticeTexts: Record<TPageNotice, string> = {
    created: t("portal.pages.notices.created"),
    textNotSaved: t("portal.pages.notices.textNotSaved"),
    metadataSaved: t("portal.pages.notices.metadataSaved"),
    published: t("portal.pages.notices.published"),
    unpublished: t("portal.pages.notices.unpublished"),
  };

  async function reload() {
    await onReload();
    setNotice(undefined);
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={german?.title ?? page.slug} description={t("portal.pages.edit.description")} />
      <Stack gap="lg">
        <Group gap="sm">
          <PageStatusBadge status={page.status} />
          <Text size="sm">{labels.topics[page.topic]}</Text>
          <Text size="sm" c="dimmed">
            /{page.slug}
          </Text>
          <Anchor component={Link} to={`/portal/pages/${page.id}/history`}>
            {t("portal.pages.edit.history")}
          </Anchor>
          <Anchor component={Link} to={`/portal?owner=${encodeURIComponent(page.ownerUnitKey ?? "district")}`}>
            {t("portal.pages.edit.backToList")}
          </Anchor>
        </Group>
        <div role="status">
          {notice ? <Alert color={notice === "textNotSaved" ? "orange" : "green"}>{noticeTexts[notice]}</Alert> : null}
        </div>
        <PagePublishButtons
          page={page}
          onChanged={(status) => setNotice(status === "published" ? "published" : "unpublished")}
          onReload={() => void reload()}
        />
        <Section title={t("portal.pages.sections.germanText")}>
          <PageTextForm key={`de-${generation}`} page={page} language="de" onReload={() => void reload()} />
        </Section>
        <Section title={t("portal.pages.sections.translations")}>
          <PageLanguageList page={page} />
        </Section>
        {german ? (
          <Section title={t("portal.pages.sections.preview")}>
            <PagePreview page={page} />
          </Section>
        ) : null}
        <Section title={t("portal.pages.sections.feedback")}>
          <PageFeedback pageId={page.id} />
        </Section>
        <Section title={t("portal.pages.sections.placement")}>
          <PageMetadataForm
            key={`${page.version}-${generation}`}
            page={page}
            onReload={() => void reload()}
            onSaved={() => setNotice("metadataSaved")}
          />
        </Section>
      </Stack>
    </>
  );
}
