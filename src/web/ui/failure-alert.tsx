import { Alert, Button, Stack, Text } from "@mantine/core";
import { ApiError } from "../api/api-errors.js";
import { ProblemAlert } from "./problem-alert.js";

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** The words of a version conflict: what happened and how to read the record again. */
export type TConflictTexts = { title: string; message: string; reload: string };

type TFailureAlertProps = { failure: unknown; onReload?: (() => void) | undefined; conflict: TConflictTexts };

/**
 * What went wrong with the last save: a version conflict (someone else saved first) offers to read
 * the record again where the form can; anything else is the problem as the API told it.
 */
export function FailureAlert({ failure, onReload, conflict }: TFailureAlertProps) {
  if (failure === null || failure === undefined) return null;
  if (isConflict(failure) && onReload) {
    return (
      <Alert color="red" variant="light" role="alert" title={conflict.title}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{conflict.message}</Text>
          <Button variant="outline" color="red" size="xs" onClick={onReload}>
            {conflict.reload}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <ProblemAlert error={failure} />;
}
