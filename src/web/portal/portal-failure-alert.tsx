import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-errors.js";
import { ProblemAlert } from "../ui/problem-alert.js";

type TPortalFailureAlertProps = { failure: unknown; onReload?: () => void };

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * What went wrong with the last save: a version conflict (someone else saved first) offers to read
 * the record again; anything else is the problem as the API told it.
 */
export function PortalFailureAlert({ failure, onReload }: TPortalFailureAlertProps) {
  const { t } = useTranslation();
  if (failure === null || failure === undefined) return null;
  if (isConflict(failure) && onReload) {
    return (
      <Alert color="red" variant="light" role="alert" title={t("portal.form.conflictTitle")}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("portal.form.conflict")}</Text>
          <Button variant="outline" color="red" size="xs" onClick={onReload}>
            {t("portal.form.reload")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <ProblemAlert error={failure} />;
}
