import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { canKeepConcept } from "./concept-access.js";
import { ConceptFieldsList } from "./concept-fields-list.js";
import { useConceptLabels } from "./concept-labels.js";
import { ConceptNoAccess } from "./concept-no-access.js";
import { useConceptPeriodOfRoute } from "./use-concept-period.js";

/** The whole period to read or print, without any editing controls. */
export function ConceptPrintPage() {
  const { t } = useTranslation();
  const labels = useConceptLabels();
  const formatDateTime = useDateTimeFormat();
  const user = useSignedInUser();
  const { periodId, isValid, editing, fieldsOfAction, failure, retry } = useConceptPeriodOfRoute();
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
  const { period } = editing;
  return (
    <>
      <PageHeader
        title={period.name}
        description={t("steering.print.description", {
          start: period.startYear,
          end: period.endYear,
          status: labels.periodStatuses[period.status],
          updatedAt: formatDateTime(period.updatedAt),
        })}
      />
      <Stack gap="lg">
        <Group className={printClasses.screenOnly}>
          <Button onClick={() => window.print()}>{t("steering.print.print")}</Button>
          <Anchor component={Link} to={`/steering/concept/${periodId}`}>
            {t("steering.history.backToPeriod")}
          </Anchor>
        </Group>
        <ConceptFieldsList editing={{ ...editing, canUpdate: false, canDelete: false }} fields={fieldsOfAction} />
      </Stack>
    </>
  );
}
