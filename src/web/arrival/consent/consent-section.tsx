import { Alert, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { consentPurposes, type TConsentPurpose } from "../../../common/arrival/consent.js";
import type { TConsentRecord } from "../../../common/arrival/consent-schemas.js";
import type { TPerson } from "../../../common/arrival/person-schemas.js";
import { ConfirmDialog } from "../../platform/administration/confirm-dialog.js";
import { NoValue } from "../../ui/no-value.js";
import printClasses from "../../ui/print.module.css";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { ConsentDialog } from "./consent-dialog.js";
import {
  describeConsentChannel,
  describeConsentPurpose,
  describeConsentState,
  describeNotice,
  describeRecipients,
} from "./consent-labels.js";
import { personConsentsQuery, useWithdrawConsent } from "./consent-queries.js";

/**
 * The consents in force, one row per purpose (for sharing one per recipient set), and every
 * earlier record; recording decisions and withdrawing a consent for those who may change the file.
 */
export function ConsentSection({ person }: { person: TPerson }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const headingId = useId();
  const historyId = useId();
  const consents = useQuery(personConsentsQuery(person.id));
  const withdraw = useWithdrawConsent(person.id);
  const [isRecording, setIsRecording] = useState(false);
  // A new key per opening, so the dialog starts empty each time instead of showing the last decisions.
  const [dialogKey, setDialogKey] = useState(0);
  const [withdrawing, setWithdrawing] = useState<TConsentRecord | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const data = consents.data;
  const canChange =
    person.allowedActions.includes("update") &&
    data?.allowedActions.includes("update") === true &&
    person.status !== "merged";
  const names = new Map((data?.organisations ?? []).map((organisation) => [organisation.id, organisation.name]));
  const history = data?.history ?? [];
  const rows = consentPurposes.flatMap(
    (purpose): { purpose: TConsentPurpose; record: TConsentRecord | undefined }[] => {
      const current = (data?.current ?? []).filter((record) => record.purpose === purpose);
      return current.length === 0 ? [{ purpose, record: undefined }] : current.map((record) => ({ purpose, record }));
    },
  );

  function confirmWithdraw() {
    if (!withdrawing) return;
    const purpose = describeConsentPurpose(withdrawing.purpose, t);
    withdraw.mutate(withdrawing.id, {
      onSuccess: () => {
        setWithdrawing(undefined);
        setNotice(t("arrival.consent.withdrawn", { purpose }));
      },
    });
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("arrival.consent.title")}
      </Title>
      <Stack gap="sm">
        {notice ? (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        ) : null}
        {consents.isError ? <ProblemAlert error={consents.error} onRetry={() => void consents.refetch()} /> : null}
        {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
        <Table.ScrollContainer minWidth={720}>
          <Table aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("arrival.consent.purpose")}</Table.Th>
                <Table.Th scope="col">{t("arrival.consent.state")}</Table.Th>
                <Table.Th scope="col">{t("arrival.consent.since")}</Table.Th>
                <Table.Th scope="col">{t("arrival.consent.notice")}</Table.Th>
                <Table.Th scope="col">{t("arrival.consent.channel")}</Table.Th>
                <Table.Th scope="col">{t("arrival.consent.recipients")}</Table.Th>
                {canChange ? <Table.Th scope="col">{t("arrival.consent.actions")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ purpose, record }) => (
                <Table.Tr key={record?.id ?? purpose}>
                  <Table.Th scope="row">{describeConsentPurpose(purpose, t)}</Table.Th>
                  <Table.Td>
                    {record ? describeConsentState(record, history, t) : t("arrival.consent.states.none")}
                  </Table.Td>
                  <Table.Td>{record ? formatDateTime(record.givenAt) : <NoValue />}</Table.Td>
                  <Table.Td>{record ? describeNotice(record, uiLanguage, t) : <NoValue />}</Table.Td>
                  <Table.Td>{record ? describeConsentChannel(record.channel, t) : <NoValue />}</Table.Td>
                  <Table.Td>
                    {record && purpose === "provider_sharing" ? describeRecipients(record, names, t) : <NoValue />}
                  </Table.Td>
                  {canChange ? (
                    <Table.Td>
                      {record?.isGranted ? (
                        <Button size="xs" variant="default" onClick={() => setWithdrawing(record)}>
                          {t("arrival.consent.withdraw", { purpose: describeConsentPurpose(purpose, t) })}
                        </Button>
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {history.length > 0 ? (
          <>
            <Title order={3} size="h4" id={historyId}>
              {t("arrival.consent.history")}
            </Title>
            <ul aria-labelledby={historyId}>
              {history.map((record) => (
                <li key={record.id}>
                  <Text size="sm">
                    {t("arrival.consent.historyEntry", {
                      date: formatDateTime(record.givenAt),
                      purpose: describeConsentPurpose(record.purpose, t),
                      state: describeConsentState(record, history, t),
                      channel: describeConsentChannel(record.channel, t),
                      notice: describeNotice(record, uiLanguage, t),
                    })}
                    {record.purpose === "provider_sharing" ? ` (${describeRecipients(record, names, t)})` : ""}
                    {record.recordedBy ? ` ${t("arrival.consent.recordedBy", { name: record.recordedBy })}` : ""}
                  </Text>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {canChange ? (
          <div className={printClasses.screenOnly}>
            <Button
              variant="default"
              onClick={() => {
                setDialogKey((key) => key + 1);
                setIsRecording(true);
              }}
            >
              {t("arrival.consent.record")}
            </Button>
          </div>
        ) : null}
      </Stack>
      {canChange ? (
        <ConsentDialog
          key={dialogKey}
          personId={person.id}
          preferredLanguage={person.preferredLanguage}
          isOpen={isRecording}
          onClose={() => setIsRecording(false)}
          onRecorded={() => {
            setIsRecording(false);
            setNotice(t("arrival.consent.recorded"));
          }}
        />
      ) : null}
      <ConfirmDialog
        title={t("arrival.consent.confirmWithdrawTitle")}
        message={t("arrival.consent.confirmWithdrawMessage", {
          purpose: withdrawing ? describeConsentPurpose(withdrawing.purpose, t) : "",
        })}
        confirmLabel={t("arrival.consent.confirmWithdraw")}
        isOpen={withdrawing !== undefined}
        isPending={withdraw.isPending}
        onConfirm={confirmWithdraw}
        onCancel={() => setWithdrawing(undefined)}
      />
    </Paper>
  );
}
