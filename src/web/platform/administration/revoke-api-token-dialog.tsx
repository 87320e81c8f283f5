import { Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TApiToken } from "../../../common/platform/api-token-schemas.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { apiTokensQuery, revokeApiToken } from "./api-token-queries.js";

type TRevokeApiTokenDialogProps = { token: TApiToken | null; onClose: () => void };

/** Asks before revoking: integrations using the token stop working at once. */
export function RevokeApiTokenDialog({ token, onClose }: TRevokeApiTokenDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    async onSuccess() {
      await queryClient.invalidateQueries({ queryKey: apiTokensQuery.queryKey });
      close();
    },
  });
  function close() {
    revoke.reset();
    onClose();
  }
  return (
    <Dialog
      isOpen={token !== null}
      onClose={close}
      closeLabel={t("apiTokens.close")}
      title={t("apiTokens.revoke.title")}
    >
      {token ? (
        <Stack gap="md">
          {revoke.error ? <ProblemAlert error={revoke.error} /> : null}
          <Text>{t("apiTokens.revoke.question", { name: token.name })}</Text>
          <Text size="sm" c="dimmed">
            {t("apiTokens.revoke.consequence")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("apiTokens.cancel")}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id)}>
              {t("apiTokens.revoke.confirm")}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Dialog>
  );
}
