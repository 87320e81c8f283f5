import { Alert, Anchor, Paper, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PublicLayout } from "../../app/layout/public-layout.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { checkPasswordReset, completePasswordReset } from "./account-api.js";
import { NewPasswordForm } from "./new-password-form.js";

/** The page the reset mail links to: checks the link, then takes the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const check = useQuery({
    queryKey: ["password-reset", token],
    queryFn: ({ signal }) => checkPasswordReset(token, signal),
    retry: false,
  });
  const complete = useMutation({ mutationFn: (password: string) => completePasswordReset(token, password) });

  return (
    <PublicLayout>
      <PageHeader title={t("account.reset.title")} />
      <Paper withBorder p="lg" radius="md">
        {check.isPending ? (
          <LoadingState />
        ) : check.isError ? (
          <ProblemAlert error={check.error} />
        ) : complete.isSuccess ? (
          <Alert color="green" variant="light" role="status" title={t("account.reset.doneTitle")}>
            {t("account.reset.done")}
          </Alert>
        ) : (
          <NewPasswordForm
            email={check.data.email}
            submitLabel={t("account.reset.submit")}
            isPending={complete.isPending}
            error={complete.error}
            onSubmit={({ password }) => complete.mutate(password)}
          />
        )}
      </Paper>
      <Text mt="md">
        <Anchor component={Link} to={check.isError ? "/forgot-password" : "/login"}>
          {check.isError ? t("account.reset.requestNew") : t("account.backToLogin")}
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
