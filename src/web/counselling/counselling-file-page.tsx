import { Anchor, Paper, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TPerson, ZPersonId } from "../../common/arrival/person-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { personQuery } from "../arrival/person-queries.js";
import { MatchesSection } from "../offers/matching/matches-section.js";
import { PersonReferralsSection } from "../offers/referrals/person-referrals-section.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { AppointmentsSection } from "./appointments/appointments-section.js";
import { AssessmentsSection } from "./assessment/assessments-section.js";
import { CaseNotesSection } from "./case-notes-section.js";
import { CaseSection } from "./case-section.js";
import { PlanSection } from "./plan-section.js";
import { TasksSection } from "./tasks/tasks-section.js";

function BackToPersonFile({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <Text className={printClasses.screenOnly}>
      <Anchor component={Link} to={`/arrival/persons/${personId}`}>
        {t("counselling.file.backToPersonFile")}
      </Anchor>
    </Text>
  );
}

/** The parts of the counselling file, in the order a caseworker works through them. */
function CounsellingSections({ person }: { person: TPerson }) {
  return (
    <>
      <BackToPersonFile personId={person.id} />
      <CaseSection personId={person.id} />
      <AssessmentsSection personId={person.id} />
      <MatchesSection personId={person.id} />
      <PlanSection person={person} />
      <CaseNotesSection personId={person.id} />
      <TasksSection personId={person.id} />
      <AppointmentsSection personId={person.id} />
      <PersonReferralsSection personId={person.id} />
    </>
  );
}

/**
 * A person's counselling file (Beratungsakte): the case, the needs assessment and profile, the
 * integration plan, notes, tasks and appointments. The person is read through the person layer;
 * unknown and out-of-area persons are both "not found".
 */
export function CounsellingFilePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const isId = ZPersonId.safeParse({ id }).success;
  const person = useQuery({ ...personQuery(id), enabled: isId });
  const isNotFound = person.error instanceof ApiError && person.error.status === 404;
  if (!isId || isNotFound) {
    return (
      <>
        <PageHeader title={t("counselling.file.notFound.title")} />
        <Paper withBorder p="lg" radius="md" maw={720}>
          <Text>{t("counselling.file.notFound.detail")}</Text>
        </Paper>
      </>
    );
  }
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return (
      <>
        <PageHeader title={t("counselling.file.title")} />
        <ProblemAlert error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  const name = [person.data.givenName, person.data.familyName].filter((part) => part !== "").join(" ");
  return (
    <>
      <PageHeader title={name} description={t("counselling.file.title")} />
      <Stack gap="lg" maw={960}>
        <CounsellingSections person={person.data} />
      </Stack>
    </>
  );
}
