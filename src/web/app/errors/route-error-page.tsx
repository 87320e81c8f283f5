import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { PublicLayout } from "../layout/public-layout.js";
import { NotFoundPage } from "./not-found-page.js";

/** A page that failed to render: say so, offer a reload, keep the rest of the app usable. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t("errors.page.title")} />
      <Stack gap="md" align="flex-start">
        <Text>{t("errors.page.detail")}</Text>
        <ProblemAlert error={error} />
        <Group>
          <Button onClick={() => window.location.reload()}>{t("errors.reload")}</Button>
          <Anchor component={Link} to="/">
            {t("errors.backToStart")}
          </Anchor>
        </Group>
      </Stack>
    </>
  );
}

/** The last resort outside the app frame (the frame itself failed): the same page in the public frame. */
export function RootErrorPage() {
  return (
    <PublicLayout>
      <RouteErrorPage />
    </PublicLayout>
  );
}
