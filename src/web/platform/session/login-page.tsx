import { Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { PublicLayout } from "../../app/layout/public-layout.js";
import { PageHeader } from "../../ui/page-header.js";
import { LoginForm } from "./login-form.js";
import type { TLoginLocationState } from "./require-session.js";
import { SsoLoginFailure, SsoProviderButtons } from "./sso-providers.js";
import { useCurrentUser } from "./use-session.js";

/** Only paths inside the app are followed after login, never another site. */
function readReturnPath(state: unknown): string {
  const from = (state as TLoginLocationState | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useCurrentUser();
  const location = useLocation();
  if (session.data) return <Navigate to={readReturnPath(location.state)} replace />;
  return (
    <PublicLayout>
      <PageHeader title={t("login.title")} description={t("login.description")} />
      <SsoLoginFailure />
      <Paper withBorder p="lg" radius="md">
        <LoginForm />
        <SsoProviderButtons />
      </Paper>
    </PublicLayout>
  );
}
