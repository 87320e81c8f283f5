import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TApiTokenCreated } from "../../../common/platform/api-token-schemas.js";
import { Dialog } from "../../ui/dialog.js";

type TApiTokenSecretDialogProps = { token: TApiTokenCreated | null; onClose: () => void };

/** The only time the secret is shown: copy it now, it cannot be fetched again. */
export function ApiTokenSecretDialog({ token, onClose }: TApiTokenSecretDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={token !== null}
      onClose={onClose}
      closeLabel={t("apiTokens.close")}
      title={t("apiTokens.secret.title")}
      size="lg"
    >
      {token ? (
        <Stack gap="md">
          <Alert color="red" variant="light" title={t("apiTokens.secret.warningTitle")}>
            {t("apiTokens.secret.warning")}
          </Alert>
          <Text size="sm">{t("apiTokens.secret.label", { name: token.name })}</Text>
          <Code block data-testid="api-token-secret" style={{ wordBreak: "break-all" }}>
            {token.secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={token.secret}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} aria-live="polite">
                  {copied ? t("apiTokens.secret.copied") : t("apiTokens.secret.copy")}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t("apiTokens.secret.done")}</Button>
          </Group>
        </Stack>
      ) : null}
    </Dialog>
  );
}
