import { Anchor, Paper, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import type { TEnrolledLogin } from "../../../common/platform/security-schemas.js";
import type { TCurrentUser } from "../../../common/platform/session-schemas.js";
import { PublicLayout } from "../../app/layout/public-layout.js";
import { PageHeader } from "../../ui/page-header.js";
import { LoginForm } from "./login-form.js";
import { RecoveryCodesPanel } from "./recovery-codes-panel.js";
import type { TLoginLocationState } from "./require-session.js";
import { SecondFactorForm } from "./second-factor-form.js";
import { confirmLoginEnrolment, sessionQueryKey, startLoginEnrolment } from "./session-api.js";
import { SsoLoginFailure, SsoProviderButtons } from "./sso-providers.js";
import { TotpEnrolment } from "./totp-enrolment.js";
import { useCurrentUser, useLogout } from "./use-session.js";

/** Only paths inside the app are followed after login, never another site. */
function readReturnPath(state: unknown): string {
  const from = (state as TLoginLocationState | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

/**
 * A new step replaces the form the keyboard was in; focus moves to the new step's heading, so
 * screen readers announce it (as useRouteFocus does on navigation).
 */
function useFocusHeadingOnStepChange(stepKey: string) {
  const previous = useRef(stepKey);
  useEffect(() => {
    if (previous.current === stepKey) return;
    previous.current = stepKey;
    document.querySelector<HTMLElement>("[data-page-heading]")?.focus();
  }, [stepKey]);
}

/**
 * The login in up to three steps: password; then, for users who need a second factor, the code
 * (or a recovery code) — or at the first login the enrolment of an authenticator app, followed by
 * the recovery codes, which must be acknowledged before the app opens.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const session = useCurrentUser();
  const location = useLocation();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const [enrolled, setEnrolled] = useState<TEnrolledLogin>();
  const showUser = (user: TCurrentUser) => queryClient.setQueryData(sessionQueryKey, user);
  const stage = session.data?.stage;
  const stepKey = enrolled ? "recovery_codes" : (stage ?? "password");
  useFocusHeadingOnStepChange(stepKey);

  if (stage === "complete" && !enrolled) return <Navigate to={readReturnPath(location.state)} replace />;

  const step = enrolled
    ? {
        title: t("security.recoveryCodes.pageTitle"),
        description: t("security.recoveryCodes.pageDescription"),
        content: (
          <RecoveryCodesPanel
            codes={enrolled.recoveryCodes}
            onDone={() => {
              setEnrolled(undefined);
              showUser(enrolled.user);
            }}
          />
        ),
      }
    : stage === "second_factor_required"
      ? {
          title: t("security.verify.title"),
          description: t("security.verify.description"),
          content: <SecondFactorForm onCompleted={showUser} onCancel={() => logout.mutate()} />,
        }
      : stage === "enrolment_required"
        ? {
            title: t("security.enrolment.title"),
            description: t("security.enrolment.loginDescription"),
            content: (
              <TotpEnrolment
                scope="login"
                start={startLoginEnrolment}
                confirm={confirmLoginEnrolment}
                onConfirmed={setEnrolled}
              />
            ),
          }
        : {
            title: t("login.title"),
            description: t("login.description"),
            content: (
              <>
                <LoginForm />
                <SsoProviderButtons />
              </>
            ),
          };

  return (
    <PublicLayout>
      <PageHeader title={step.title} description={step.description} />
      {stepKey === "password" ? <SsoLoginFailure /> : null}
      <Paper withBorder p="lg" radius="md">
        {step.content}
      </Paper>
      {stepKey === "password" ? (
        <Text mt="md">
          <Anchor component={Link} to="/forgot-password">
            {t("account.forgot.link")}
          </Anchor>
        </Text>
      ) : null}
    </PublicLayout>
  );
}
