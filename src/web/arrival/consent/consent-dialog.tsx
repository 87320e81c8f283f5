import { Alert, Button, Group, MultiSelect, Radio, Select, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { consentPurposes, type TConsentPurpose } from "../../../common/arrival/consent.js";
import { type TConsentDecision, ZConsentRecording } from "../../../common/arrival/consent-schemas.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { providerTypes, type TProviderType } from "../../../common/platform/organisations.js";
import { ApiError } from "../../api/api-errors.js";
import { describeProviderType } from "../../platform/administration/administration-labels.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { placeConsentIssues, placeConsentProblem, type TConsentFormErrors } from "./consent-form-errors.js";
import { describeConsentPurpose } from "./consent-labels.js";
import { consentRecipientsQuery, privacyNoticesQuery, useRecordConsents } from "./consent-queries.js";

type TChoice = "granted" | "refused" | "";
type TConsentDialogProps = {
  personId: string;
  /** The notice in this language is offered first: the person most likely read it in their preferred language. */
  preferredLanguage: string | null;
  isOpen: boolean;
  onClose: () => void;
  onRecorded: () => void;
};

const noErrors: TConsentFormErrors = { fieldErrors: {}, otherMessages: [] };

/** Now as the value of a datetime-local input, in the browser's (the desk's) time zone. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function toIsoMoment(local: string): string {
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? local : moment.toISOString();
}

const isProviderType = (value: string): value is TProviderType => providerTypes.some((type) => type === value);

/**
 * "Einwilligung erfassen": the decisions a person made on the signed form, under the privacy
 * notice in the language they were shown. Purposes left open are not recorded.
 */
export function ConsentDialog({ personId, preferredLanguage, isOpen, onClose, onRecorded }: TConsentDialogProps) {
  const { t, i18n } = useTranslation();
  const notices = useQuery(privacyNoticesQuery);
  const recipients = useQuery({ ...consentRecipientsQuery, enabled: isOpen });
  const recordConsents = useRecordConsents(personId);
  const [chosenNoticeId, setNoticeId] = useState("");
  const [givenAt, setGivenAt] = useState(localNow);
  const [choices, setChoices] = useState<Record<TConsentPurpose, TChoice>>({
    counselling: "",
    provider_sharing: "",
    municipality_contact: "",
    statistics: "",
  });
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [types, setTypes] = useState<TProviderType[]>([]);
  const [errors, setErrors] = useState<TConsentFormErrors>(noErrors);
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const noticeId = chosenNoticeId || (notices.data?.find((notice) => notice.language === preferredLanguage)?.id ?? "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = consentPurposes.filter((purpose) => choices[purpose] !== "");
    const decisions: TConsentDecision[] = sent.map((purpose) => ({
      purpose,
      isGranted: choices[purpose] === "granted",
      recipientOrganisationIds: purpose === "provider_sharing" ? organisationIds : [],
      recipientProviderTypes: purpose === "provider_sharing" ? types : [],
    }));
    const parsed = ZConsentRecording.safeParse(
      { privacyNoticeId: noticeId, givenAt: toIsoMoment(givenAt), decisions },
      { reportInput: true },
    );
    if (!parsed.success) {
      const placed = placeConsentIssues(parsed.error.issues, sent, t);
      setErrors(sent.length === 0 ? { ...placed, otherMessages: [t("arrival.consent.nothingDecided")] } : placed);
      return;
    }
    setErrors(noErrors);
    recordConsents.mutate(parsed.data, {
      onSuccess: onRecorded,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422) setErrors(placeConsentProblem(error.problem, sent));
      },
    });
  }

  const hasProblem =
    recordConsents.error !== null && !(recordConsents.error instanceof ApiError && recordConsents.error.status === 422);
  const choiceLabels: Record<TChoice, string> = {
    granted: t("arrival.consent.choices.granted"),
    refused: t("arrival.consent.choices.refused"),
    "": t("arrival.consent.choices.open"),
  };
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("arrival.consent.record")}
      size="lg"
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {hasProblem ? <ProblemAlert error={recordConsents.error} /> : null}
          {errors.otherMessages.length > 0 ? (
            <Alert color="red" variant="light" role="alert">
              {errors.otherMessages.join(" ")}
            </Alert>
          ) : null}
          <Select
            label={t("arrival.consent.noticeLanguage")}
            description={t("arrival.consent.noticeLanguageHint")}
            data={(notices.data ?? []).map((notice) => ({
              value: notice.id,
              label: t("arrival.consent.noticeOption", {
                language: languageName(notice.language, uiLanguage),
                version: notice.version,
              }),
            }))}
            value={noticeId || null}
            onChange={(value) => setNoticeId(value ?? "")}
            error={errors.fieldErrors.privacyNoticeId}
            required
          />
          <TextInput
            type="datetime-local"
            label={t("arrival.consent.givenAt")}
            value={givenAt}
            onChange={(event) => setGivenAt(event.currentTarget.value)}
            error={errors.fieldErrors.givenAt}
            required
          />
          {consentPurposes.map((purpose) => (
            <Radio.Group
              key={purpose}
              label={describeConsentPurpose(purpose, t)}
              value={choices[purpose]}
              onChange={(value) =>
                setChoices((previous) => ({
                  ...previous,
                  [purpose]: value === "granted" || value === "refused" ? value : "",
                }))
              }
              error={errors.fieldErrors[`decision.${purpose}`]}
            >
              <Group gap="md" mt="xs">
                {(["granted", "refused", ""] as const).map((choice) => (
                  <Radio key={choice || "open"} value={choice} label={choiceLabels[choice]} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          {choices.provider_sharing === "" ? null : (
            <>
              <MultiSelect
                label={t("arrival.consent.recipientProviders")}
                data={(recipients.data?.providers ?? []).map((provider) => ({
                  value: provider.id,
                  label: `${provider.name} (${describeProviderType(provider.providerType, t)})`,
                }))}
                value={organisationIds}
                onChange={setOrganisationIds}
                error={errors.fieldErrors.recipients}
                searchable
              />
              <MultiSelect
                label={t("arrival.consent.recipientTypes")}
                data={providerTypes.map((type) => ({ value: type, label: describeProviderType(type, t) }))}
                value={types}
                onChange={(values) => setTypes(values.filter(isProviderType))}
                searchable
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={recordConsents.isPending}>
              {t("arrival.consent.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
