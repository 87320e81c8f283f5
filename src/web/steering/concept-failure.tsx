import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-errors.js";
import { ProblemAlert } from "../ui/problem-alert.js";

/**
 * What went wrong with the last write. A 409 (someone changed the part meanwhile, the period was
 * closed, the part still has children) says so in the API's words and offers to read the period again.
 */
export function ConceptFailure({ failure, onReload }: { failure: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (failure === null || failure === undefined) return null;
  if (!(failure instanceof ApiError && failure.status === 409)) return <ProblemAlert error={failure} />;
  return (
    <Alert color="red" variant="light" role="alert" title={failure.problem?.title ?? t("steering.form.conflictTitle")}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{failure.problem?.detail ?? t("steering.form.conflict")}</Text>
        <Button variant="outline" color="red" size="xs" onClick={onReload}>
          {t("steering.form.reload")}
        </Button>
      </Stack>
    </Alert>
  );
}
