import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/api-errors.js";
import { ProblemAlert } from "../../ui/problem-alert.js";

/**
 * Every problem of the last attempt above the form, each with its field (the fields show them as
 * well); focusable, so the form can move focus here after a failed save.
 */
export function PageErrorSummary({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={t("portal.pages.form.errorSummary", { count: messages.length })}
      data-form-messages
      tabIndex={-1}
    >
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** A failed request: "changed meanwhile" with a reload action, anything else as the problem it is. */
export function PageFailure({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  if (isConflict(error) && onReload) {
    return (
      <Alert color="red" variant="light" role="alert" title={t("portal.pages.form.conflictTitle")}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("portal.pages.form.conflict")}</Text>
          <Button variant="outline" color="red" size="xs" onClick={onReload}>
            {t("portal.pages.form.reload")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}
