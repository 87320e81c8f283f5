import { Alert, Anchor, Paper, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { TInvitationAcceptance } from "../../../common/platform/user-schemas.js";
import { PublicLayout } from "../../app/layout/public-layout.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { acceptInvitation, previewInvitation } from "./account-api.js";
import { NewPasswordForm } from "./new-password-form.js";

/** The page the invitation mail links to: who invited you where, then your name and password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const preview = useQuery({
    queryKey: ["invitation", token],
    queryFn: ({ signal }) => previewInvitation(token, signal),
    retry: false,
  });
  const accept = useMutation({ mutationFn: (body: TInvitationAcceptance) => acceptInvitation(token, body) });

  return (
    <PublicLayout>
      <PageHeader title={t("account.invitation.title")} />
      <Paper withBorder p="lg" radius="md">
        {preview.isPending ? (
          <LoadingState />
        ) : preview.isError ? (
          <ProblemAlert error={preview.error} />
        ) : accept.isSuccess ? (
          <Alert color="green" variant="light" role="status" title={t("account.invitation.doneTitle")}>
            {t("account.invitation.done")}
          </Alert>
        ) : (
          <>
            <Text mb="md">
              {t("account.invitation.intro", {
                email: preview.data.email,
                organisations: preview.data.organisationNames.join(", "),
              })}
            </Text>
            <NewPasswordForm
              email={preview.data.email}
              displayName={preview.data.displayName}
              submitLabel={t("account.invitation.submit")}
              isPending={accept.isPending}
              error={accept.error}
              onSubmit={(values) => accept.mutate(values)}
            />
          </>
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
