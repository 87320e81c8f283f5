import { Alert, List } from "@mantine/core";

/**
 * Every problem of a form's last attempt above the form (the fields show theirs as well); focusable
 * and marked, so the form can move focus here after a failed save.
 */
export function FormErrorSummary({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} data-form-messages tabIndex={-1}>
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
