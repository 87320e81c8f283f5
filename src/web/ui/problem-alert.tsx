import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError, NetworkError, UnexpectedResponseError } from "../api/api-errors.js";

type TProblemAlertProps = {
  error: unknown;
  /** Further messages, e.g. field problems a form could not place at a field. */
  messages?: string[];
  onRetry?: () => void;
};

type TMessage = { title: string; detail: string | undefined; requestId: string | undefined };

/** What went wrong, in words: the API's problem title and detail, or our own text for other failures. */
export function ProblemAlert({ error, messages = [], onRetry }: TProblemAlertProps) {
  const { t } = useTranslation();
  const message = describeError(error);
  return (
    <Alert color="red" variant="light" title={message.title} role="alert">
      <Stack gap="xs" align="flex-start">
        {message.detail ? <Text size="sm">{message.detail}</Text> : null}
        {messages.length > 0 ? (
          <List size="sm">
            {messages.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        ) : null}
        {message.requestId ? (
          <Text size="xs" c="dimmed">
            {t("errors.requestId", { requestId: message.requestId })}
          </Text>
        ) : null}
        {onRetry ? (
          <Button variant="outline" color="red" size="xs" onClick={onRetry}>
            {t("errors.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );

  function describeError(cause: unknown): TMessage {
    if (cause instanceof ApiError) {
      return {
        title: cause.problem?.title ?? t("errors.http", { status: cause.status }),
        detail: cause.problem?.detail,
        requestId: cause.problem?.requestId,
      };
    }
    if (cause instanceof NetworkError) {
      return { title: t("errors.network.title"), detail: t("errors.network.detail"), requestId: undefined };
    }
    if (cause instanceof UnexpectedResponseError) {
      return {
        title: t("errors.unexpectedResponse.title"),
        detail: t("errors.unexpectedResponse.detail"),
        requestId: undefined,
      };
    }
    return { title: t("errors.unexpected.title"), detail: t("errors.unexpected.detail"), requestId: undefined };
  }
}
