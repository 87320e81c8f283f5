import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { canKeepConcept } from "./concept-access.js";
import { ConceptDeleteButton } from "./concept-delete-button.js";
import type { TConceptEditing } from "./concept-editing.js";
import { ConceptFieldsList } from "./concept-fields-list.js";
import { ConceptNoAccess } from "./concept-no-access.js";
import { ConceptPeriodDialog } from "./concept-period-dialog.js";
import { conceptPeriodPart, useConceptWrite } from "./concept-queries.js";
import { ConceptPeriodStatusBadge } from "./concept-status-badge.js";
import { ConceptXlsxExportLink, ConceptXlsxImportButton } from "./concept-xlsx-import.js";
import { useConceptPeriodOfRoute } from "./use-concept-period.js";

/** A concept period as one tree: the fields of action with their statements, sub-goals and measures. */
export function ConceptPeriodPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { isValid, editing, fieldsOfAction, failure, retry } = useConceptPeriodOfRoute();
  if (!canKeepConcept(user)) return <ConceptNoAccess pageTitle={t("steering.period.title")} />;
  if (!isValid || failure) {
    return (
      <>
        <PageHeader title={t("steering.period.title")} />
        {failure ? <ProblemAlert error={failure} onRetry={retry} /> : <Text>{t("steering.period.notFound")}</Text>}
      </>
    );
  }
  if (!editing) return <LoadingState />;
  return (
    <>
      <PageHeader
        title={editing.period.name}
        description={t("steering.period.years", { start: editing.period.startYear, end: editing.period.endYear })}
      />
      <Stack gap="lg">
        <ConceptPeriodToolbar editing={editing} />
        {editing.period.status === "closed" ? (
          <Alert color="blue" variant="light" title={t("steering.period.closedTitle")}>
            {t("steering.period.closed")}
          </Alert>
        ) : null}
        <ConceptFieldsList editing={editing} fields={fieldsOfAction} />
      </Stack>
    </>
  );
}

/**
 * The period's status and actions, with the XLSX export and import (docs/steering.md); renaming and
 * status changes stay possible in a closed period, as the API allows them, importing does not.
 */
function ConceptPeriodToolbar({ editing }: { editing: TConceptEditing }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useConceptWrite(undefined);
  const [isEditing, setIsEditing] = useState(false);
  const { period } = editing;
  const canChange = period.allowedActions.includes("update");
  const canDelete = period.status === "draft" && period.allowedActions.includes("delete");
  const canImport = canChange && period.status !== "closed";
  return (
    <Stack gap="sm">
      <Group gap="md">
        <ConceptPeriodStatusBadge status={period.status} />
        <Anchor component={Link} to={`/steering/concept/${period.id}/history`}>
          {t("steering.period.history")}
        </Anchor>
        <Anchor component={Link} to={`/steering/concept/${period.id}/print`}>
          {t("steering.period.print")}
        </Anchor>
        <ConceptXlsxExportLink periodId={period.id} />
        <Anchor component={Link} to="/steering">
          {t("steering.period.backToList")}
        </Anchor>
      </Group>
      {canChange || canDelete ? (
        <Group gap="xs">
          {canChange ? (
            <Button variant="default" size="xs" onClick={() => setIsEditing(true)}>
              {t("steering.period.edit")}
            </Button>
          ) : null}
          {canImport ? <ConceptXlsxImportButton periodId={period.id} onReload={editing.reload} /> : null}
          {canDelete ? (
            <ConceptDeleteButton
              label={t("steering.period.delete")}
              title={t("steering.period.deleteTitle", { name: period.name })}
              message={t("steering.period.deleteMessage")}
              onConfirm={async () => {
                await remove.mutateAsync({
                  method: "DELETE",
                  path: `${conceptPeriodPart(period.id)}?version=${period.version}`,
                });
                await navigate("/steering");
              }}
              onReload={editing.reload}
            />
          ) : null}
        </Group>
      ) : null}
      {isEditing ? (
        <ConceptPeriodDialog period={period} onClose={() => setIsEditing(false)} onReload={editing.reload} />
      ) : null}
    </Stack>
  );
}
