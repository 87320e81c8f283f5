import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { userQuery, useSetUserActive } from "./administration-api.js";
import { describeUserStatus, statusColors } from "./administration-labels.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { MembershipEditor } from "./membership-editor.js";

/** One user: status, memberships with role changes, deactivate and reactivate. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { userId = "" } = useParams();
  const user = useQuery(userQuery(userId));
  const setActive = useSetUserActive();
  const [isConfirming, setIsConfirming] = useState(false);

  if (user.isPending) return <LoadingState />;
  if (user.isError) {
    return (
      <>
        <PageHeader title={t("modules.users.title")} />
        <ProblemAlert error={user.error} onRetry={() => void user.refetch()} />
      </>
    );
  }
  const data = user.data;
  const canDeactivate = data.status !== "deactivated" && data.allowedActions.includes("deactivate");
  const canReactivate = data.status === "deactivated" && data.allowedActions.includes("reactivate");

  return (
    <>
      <PageHeader title={data.displayName} description={data.email} />
      <Stack gap="lg" maw={900}>
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between">
            <Group gap="sm">
              <Text>{t("administration.users.status")}:</Text>
              <Badge color={statusColors[data.status]} variant="filled">
                {describeUserStatus(data.status, t)}
              </Badge>
            </Group>
            {canDeactivate ? (
              <Button color="red.9" variant="outline" onClick={() => setIsConfirming(true)}>
                {t("administration.users.deactivate")}
              </Button>
            ) : null}
            {canReactivate ? (
              <Button
                variant="light"
                loading={setActive.isPending}
                onClick={() => setActive.mutate({ id: data.id, isActive: true })}
              >
                {t("administration.users.reactivate")}
              </Button>
            ) : null}
          </Group>
          {setActive.error ? <ProblemAlert error={setActive.error} /> : null}
        </Paper>
        <MembershipEditor user={data} />
        <Text>
          <Link to="/administration/users">{t("administration.users.backToList")}</Link>
        </Text>
      </Stack>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("administration.users.deactivateTitle", { name: data.displayName })}
        message={t("administration.users.deactivateMessage")}
        confirmLabel={t("administration.users.deactivate")}
        isPending={setActive.isPending}
        onCancel={() => setIsConfirming(false)}
        onConfirm={() =>
          setActive.mutate({ id: data.id, isActive: false }, { onSettled: () => setIsConfirming(false) })
        }
      />
    </>
  );
}
