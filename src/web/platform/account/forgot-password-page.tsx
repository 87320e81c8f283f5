import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZPasswordResetRequest } from "../../../common/platform/password-schemas.js";
import { PublicLayout } from "../../app/layout/public-layout.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { requestPasswordReset } from "./account-api.js";

/** "Forgot password": asks for the address and always confirms the same way (no account is revealed). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const request = useMutation({ mutationFn: requestPasswordReset });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZPasswordResetRequest.safeParse({ email }, { reportInput: true });
    if (!parsed.success) {
      setError(toIssueFieldErrors(parsed.error.issues, ["email"], t).email);
      return;
    }
    request.mutate(parsed.data.email);
  }

  return (
    <PublicLayout>
      <PageHeader title={t("account.forgot.title")} description={t("account.forgot.description")} />
      <Paper withBorder p="lg" radius="md">
        {request.isSuccess ? (
          <Alert color="green" variant="light" role="status" title={t("account.forgot.sentTitle")}>
            {t("account.forgot.sent")}
          </Alert>
        ) : (
          <form noValidate onSubmit={submit} aria-label={t("account.forgot.title")}>
            <Stack gap="md">
              {request.error ? <ProblemAlert error={request.error} /> : null}
              <TextInput
                type="email"
                name="email"
                label={t("login.email")}
                autoComplete="username"
                required
                value={email}
                error={error}
                onChange={(event) => {
                  setEmail(event.currentTarget.value);
                  setError(undefined);
                }}
              />
              <Button type="submit" loading={request.isPending} fullWidth>
                {t("account.forgot.submit")}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Text mt="md">
        <Anchor component={Link} to="/login">
          {t("account.backToLogin")}
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
