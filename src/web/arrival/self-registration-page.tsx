import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { portalConsentPurposes } from "../../common/arrival/self-registration.js";
import type { TSelfRegistration, TSelfRegistrationDetail } from "../../common/arrival/self-registration-schemas.js";
import { languageName, nationalityName } from "../../common/platform/iso-codes.js";
import { ConfirmDialog } from "../platform/administration/confirm-dialog.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { Dialog } from "../ui/dialog.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { describeSex } from "./arrival-labels.js";
import { formatBirthDate } from "./birth-date.js";
import {
  describeConsentPurpose,
  describeEmailConfirmation,
  describeSelfRegistrationStatus,
} from "./self-registration-labels.js";
import {
  selfRegistrationQuery,
  type TSelfRegistrationDecisionRequest,
  useDecideSelfRegistration,
} from "./self-registration-queries.js";

type TCandidate = TSelfRegistrationDetail["candidates"][number];

/** One self-registration: what the newcomer sent, the persons it likely is, and the three decisions. */
export function SelfRegistrationPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const detail = useQuery(selfRegistrationQuery(id));
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const { registration, candidates } = detail.data;
  const name = `${registration.givenName} ${registration.familyName}`.trim();
  return (
    <>
      <PageHeader
        title={t("selfRegistrations.detailTitle", { name })}
        description={t("selfRegistrations.detailDescription")}
      />
      <Anchor component={Link} to="/arrival/self-registrations" mb="md" display="block">
        {t("selfRegistrations.backToList")}
      </Anchor>
      <Stack gap="md">
        <FactsSection registration={registration} />
        {registration.status === "pending" ? (
          <DecisionSection registration={registration} candidates={candidates} />
        ) : (
          <DecidedSection registration={registration} />
        )}
      </Stack>
    </>
  );
}

function FactsSection({ registration }: { registration: TSelfRegistration }) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const language = i18n.resolvedLanguage ?? "de";
  const municipalities = useQuery(municipalitiesQuery);
  const municipality = municipalities.data?.find((entry) => entry.ags === registration.municipalityAgs);
  const none = "–";
  const rows: [string, string][] = [
    [t("selfRegistrations.status"), describeSelfRegistrationStatus(registration.status, t)],
    [t("arrival.fields.municipality"), municipality?.name ?? registration.municipalityAgs],
    [t("arrival.fields.givenName"), registration.givenName || none],
    [t("arrival.fields.familyName"), registration.familyName || none],
    [t("arrival.file.birthDate"), formatBirthDate(registration, formatDate) ?? none],
    [t("arrival.fields.sex"), describeSex(registration.sex, t)],
    [
      t("arrival.fields.nationalities"),
      registration.nationalities.map((code) => nationalityName(code, language)).join(", ") || none,
    ],
    [
      t("arrival.fields.languages"),
      registration.languages.map((entry) => languageName(entry.language, language)).join(", ") || none,
    ],
    [
      t("arrival.fields.arrivedInMunicipalityOn"),
      registration.arrivedInMunicipalityOn ? formatDate(registration.arrivedInMunicipalityOn) : none,
    ],
    [t("arrival.fields.phone"), registration.phone ?? none],
    [
      t("arrival.fields.email"),
      registration.email
        ? `${registration.email} (${describeEmailConfirmation(registration.emailConfirmation, t)})`
        : none,
    ],
    [
      t("arrival.fields.preferredLanguage"),
      registration.preferredLanguage ? languageName(registration.preferredLanguage, language) : none,
    ],
    [
      t("selfRegistrations.portalLanguage"),
      // Easy German is no ISO language: Intl would name it plain German.
      registration.portalLanguage === "de-x-easy"
        ? t("selfRegistrations.easyLanguage")
        : languageName(registration.portalLanguage, language),
    ],
    [t("selfRegistrations.submittedAt"), formatDate(registration.submittedAt.slice(0, 10))],
    [t("selfRegistrations.privacyNotice"), registration.privacyNoticeVersion],
  ];
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("selfRegistrations.facts")}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t("selfRegistrations.consentsTitle")}
      </Title>
      <List>
        {portalConsentPurposes.map((purpose) => (
          <List.Item key={purpose}>
            {describeConsentPurpose(purpose, t)}:{" "}
            <strong>
              {registration.consents[purpose] ? t("selfRegistrations.granted") : t("selfRegistrations.refused")}
            </strong>
          </List.Item>
        ))}
      </List>
      {registration.email && registration.emailConfirmation !== "confirmed" ? (
        <Text size="sm" mt="sm">
          {t("selfRegistrations.emailUnconfirmedHint")}
        </Text>
      ) : null}
    </Paper>
  );
}

function DecidedSection({ registration }: { registration: TSelfRegistration }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" role="status" title={describeSelfRegistrationStatus(registration.status, t)}>
      {registration.personId ? (
        <Anchor component={Link} to={`/arrival/persons/${registration.personId}`}>
          {t("selfRegistrations.openPerson")}
        </Anchor>
      ) : (
        <Text>{t("selfRegistrations.rejectedBecause", { reason: registration.rejectReason ?? "" })}</Text>
      )}
    </Alert>
  );
}

type TDecisionProps = { registration: TSelfRegistration; candidates: TCandidate[] };

function DecisionSection({ registration, candidates }: TDecisionProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const decide = useDecideSelfRegistration(registration.id);
  const [asking, setAsking] = useState<TSelfRegistrationDecisionRequest | undefined>(undefined);
  const [mergeName, setMergeName] = useState("");
  const [isRejecting, setIsRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const name = `${registration.givenName} ${registration.familyName}`.trim();

  function send(decision: TSelfRegistrationDecisionRequest) {
    decide.mutate(decision, {
      onSuccess: () => {
        setAsking(undefined);
        setIsRejecting(false);
      },
    });
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("selfRegistrations.decisionTitle")}
      </Title>
      <Stack gap="sm">
        {decide.error && !asking && !isRejecting ? <ProblemAlert error={decide.error} /> : null}
        {candidates.length === 0 ? (
          <Text>{t("selfRegistrations.noCandidates")}</Text>
        ) : (
          <>
            <Text>{t("selfRegistrations.candidatesHint", { count: candidates.length })}</Text>
            <List spacing="xs" aria-label={t("selfRegistrations.candidates")}>
              {candidates.map((candidate) => (
                <List.Item key={candidate.id}>
                  <Group gap="sm">
                    <Anchor component={Link} to={`/arrival/persons/${candidate.id}`}>
                      {candidate.givenName} {candidate.familyName}
                    </Anchor>
                    <Text>{formatBirthDate(candidate, formatDate) ?? ""}</Text>
                    {candidate.isLikelyDuplicate ? (
                      <Badge color="dark" variant="filled">
                        {t("arrival.duplicates.likely")}
                      </Badge>
                    ) : null}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        setMergeName(`${candidate.givenName} ${candidate.familyName}`);
                        setAsking({ kind: "merge", personId: candidate.id });
                      }}
                    >
                      {t("selfRegistrations.mergeInto", { name: `${candidate.givenName} ${candidate.familyName}` })}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Group>
          <Button onClick={() => setAsking({ kind: "confirm" })}>{t("selfRegistrations.confirm")}</Button>
          <Button variant="default" color="red.9" onClick={() => setIsRejecting(true)}>
            {t("selfRegistrations.reject")}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        title={asking?.kind === "merge" ? t("selfRegistrations.mergeTitle") : t("selfRegistrations.confirmTitle")}
        message={
          asking?.kind === "merge"
            ? t("selfRegistrations.mergeMessage", { name, other: mergeName })
            : t("selfRegistrations.confirmMessage", { name })
        }
        confirmLabel={asking?.kind === "merge" ? t("selfRegistrations.merge") : t("selfRegistrations.confirm")}
        isOpen={asking !== undefined}
        isPending={decide.isPending}
        onConfirm={() => asking && send(asking)}
        onCancel={() => setAsking(undefined)}
      />
      <Dialog
        isOpen={isRejecting}
        onClose={() => setIsRejecting(false)}
        title={t("selfRegistrations.rejectTitle")}
        closeLabel={t("administration.close")}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send({ kind: "reject", reason });
          }}
        >
          <Stack gap="md">
            {decide.error ? <ProblemAlert error={decide.error} /> : null}
            <Textarea
              label={t("selfRegistrations.rejectReason")}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              maxLength={500}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setIsRejecting(false)}>
                {t("administration.cancel")}
              </Button>
              <Button type="submit" color="red.9" loading={decide.isPending}>
                {t("selfRegistrations.reject")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Paper>
  );
}
