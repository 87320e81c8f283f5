import { Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useCurrentUser, useSessionCheckOnNavigation } from "./use-session.js";

export type TLoginLocationState = { from?: string };

/**
 * Renders its routes only with a complete session; otherwise (none, or one still waiting for its
 * second factor) sends to login, which continues at the right step, and back here afterwards.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useCurrentUser();
  const location = useLocation();
  useSessionCheckOnNavigation();
  if (session.isPending || session.isError) {
    return (
      <Container component="main" size="sm" py="xl">
        {session.isPending ? (
          <LoadingState />
        ) : (
          <>
            <PageHeader title={t("errors.page.title")} />
            <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />
          </>
        )}
      </Container>
    );
  }
  if (session.data?.stage !== "complete") {
    const state: TLoginLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
