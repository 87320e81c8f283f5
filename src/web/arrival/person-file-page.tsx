import { Alert, Anchor, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import { ZPersonId } from "../../common/arrival/person-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { ConsentSection } from "./consent/consent-section.js";
import { FirstContact } from "./first-contact.js";
import { HouseholdSection } from "./household-section.js";
import { MergeSection } from "./merge-section.js";
import { PersonDocumentsSection } from "./person-documents-section.js";
import { BirthSection, ContactSection, NameSection, OriginSection, StaySection } from "./person-file-sections.js";
import { isRegisteredState, isSavedState } from "./person-navigation-state.js";
import { personQuery } from "./person-queries.js";
import { ResidenceSection } from "./residence-section.js";
import { TimelineSection } from "./timeline/timeline-section.js";

function BackToList() {
  const { t } = useTranslation();
  return (
    <Text className={printClasses.screenOnly}>
      <Anchor component={Link} to="/arrival">
        {t("arrival.file.backToList")}
      </Anchor>
    </Text>
  );
}

/** Unknown, or outside the user's area: the API does not tell the two apart, and neither does this page. */
function PersonNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("arrival.file.notFound.title")} />
      <Paper withBorder p="lg" radius="md" maw={720}>
        <Stack gap="sm">
          <Text>{t("arrival.file.notFound.detail")}</Text>
          <BackToList />
        </Stack>
      </Paper>
    </>
  );
}

/** A person's file, read only: every part of the record in sections, printable. */
export function PersonFilePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const isId = ZPersonId.safeParse({ id }).success;
  const person = useQuery({ ...personQuery(id), enabled: isId });
  const location = useLocation();
  const [isRegistered] = useState(() => isRegisteredState(location.state));
  const [isSaved] = useState(() => isSavedState(location.state));
  const { formatDate } = useFormatters();

  const isNotFound = person.error instanceof ApiError && person.error.status === 404;
  if (!isId || isNotFound) return <PersonNotFound />;
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return (
      <>
        <PageHeader title={t("arrival.file.title")} />
        <ProblemAlert error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  const data = person.data;
  const name = [data.givenName, data.familyName].filter((part) => part !== "").join(" ");
  return (
    <>
      <PageHeader
        title={name}
        description={t("arrival.file.registeredOn", { date: formatDate(todayInBerlin(new Date(data.createdAt))) })}
      />
      <Stack gap="lg" maw={960}>
        {isRegistered || isSaved ? (
          <Alert color="green" variant="light" role="status" className={printClasses.screenOnly}>
            {isSaved ? t("arrival.file.saved") : t("arrival.file.registered")}
          </Alert>
        ) : null}
        {data.mergedInto ? (
          <Alert color="gray" variant="light">
            {t("arrival.file.mergedInto")}{" "}
            <Anchor component={Link} to={`/arrival/persons/${data.mergedInto}`}>
              {t("arrival.file.openSurvivor")}
            </Anchor>
          </Alert>
        ) : null}
        <Group className={printClasses.screenOnly}>
          {data.allowedActions.includes("update") && data.status !== "merged" ? (
            <Button component={Link} to={`/arrival/persons/${data.id}/edit`} variant="default">
              {t("arrival.file.edit")}
            </Button>
          ) : null}
          <Button variant="default" onClick={() => window.print()}>
            {t("arrival.file.print")}
          </Button>
          {data.status === "merged" ? null : (
            <Button component={Link} to={`/counselling/persons/${data.id}`} variant="default">
              {t("arrival.file.openCounsellingFile")}
            </Button>
          )}
          <FirstContact person={data} />
        </Group>
        <NameSection person={data} />
        <BirthSection person={data} />
        <OriginSection person={data} />
        <StaySection person={data} />
        <ContactSection person={data} />
        <HouseholdSection person={data} />
        <ResidenceSection person={data} />
        <ConsentSection person={data} />
        <PersonDocumentsSection person={data} />
        <MergeSection person={data} />
        <TimelineSection personId={data.id} />
        <BackToList />
      </Stack>
    </>
  );
}
