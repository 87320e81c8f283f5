import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  defaultReferralFieldCodes,
  referralFieldCodes,
  type TReferral,
  type TReferralFieldCode,
  type TReferralInput,
  type TReferralPreview,
  ZReferralInput,
} from "../../../common/offers/referral-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeReferralField } from "./referral-labels.js";
import { usePreviewReferral, useSendReferral } from "./referral-queries.js";
import { emptyTarget, ReferralTargetFields, type TTargetDraft, toTarget } from "./referral-target-fields.js";
import { SharedDataList } from "./shared-data-list.js";

const fields = [
  "target",
  "target.offerId",
  "target.providerId",
  "target.name",
  "target.address",
  "target.providerType",
  "needId",
  "purpose",
  "fieldCodes",
] as const;
type TField = (typeof fields)[number];

/** A referral from a match: the offer, the need and what the caseworker saw. */
export type TMatchOrigin = {
  offerId: string;
  offerTitle: string;
  needId: string;
  snapshot: Record<string, unknown>;
};

type TReferDialogProps = {
  personId: string;
  origin: TMatchOrigin | null;
  isOpen: boolean;
  onClose: () => void;
  onSent: (referral: TReferral) => void;
};

/**
 * Vermitteln: choose the recipient (fixed when it comes from a match), the purpose and the field
 * set; then the preview shows exactly what goes out and whether consent allows it; only then send.
 */
export function ReferDialog({ personId, origin, isOpen, onClose, onSent }: TReferDialogProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<TTargetDraft>(
    origin ? { ...emptyTarget, kind: "offer", offerId: origin.offerId } : emptyTarget,
  );
  const [purpose, setPurpose] = useState("");
  const [fieldCodes, setFieldCodes] = useState<TReferralFieldCode[]>(
    origin ? [...defaultReferralFieldCodes] : defaultReferralFieldCodes.filter((code) => code !== "need"),
  );
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const [preview, setPreview] = useState<TReferralPreview | null>(null);
  const previewReferral = usePreviewReferral(personId);
  const sendReferral = useSendReferral(personId);

  function draft(): TReferralInput {
    return {
      target: toTarget(target) as TReferralInput["target"],
      needId: origin?.needId ?? null,
      purpose,
      fieldCodes,
      matchSnapshot: origin?.snapshot ?? null,
    };
  }

  function showServerErrors(error: Error) {
    if (error instanceof ApiError && error.status === 422) {
      setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      setPreview(null);
    }
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZReferralInput.safeParse(draft(), { reportInput: true });
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    previewReferral.mutate(draft(), { onSuccess: setPreview, onError: showServerErrors });
  }

  function send() {
    sendReferral.mutate(draft(), { onSuccess: onSent, onError: showServerErrors });
  }

  const failure = [previewReferral.error, sendReferral.error].find(
    (error) => error !== null && !(error instanceof ApiError && error.status === 422),
  );
  const changeTarget = (change: Partial<TTargetDraft>) => {
    setTarget((current) => ({ ...current, ...change }));
    setPreview(null);
  };

  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("offers.referrals.refer")}
      size="lg"
    >
      <form noValidate onSubmit={check}>
        <Stack gap="md">
          {failure ? <ProblemAlert error={failure} /> : null}
          {origin ? (
            <Text size="sm">
              {t("offers.referrals.toOffer")}: <strong>{origin.offerTitle}</strong>
            </Text>
          ) : (
            <ReferralTargetFields
              draft={target}
              onChange={changeTarget}
              errors={{
                target: errors.target,
                offerId: errors["target.offerId"],
                providerId: errors["target.providerId"],
                name: errors["target.name"],
                address: errors["target.address"],
                providerType: errors["target.providerType"],
              }}
            />
          )}
          <Textarea
            label={t("offers.referrals.purpose")}
            description={t("offers.referrals.purposeHint")}
            required
            autosize
            minRows={2}
            value={purpose}
            onChange={(event) => {
              setPurpose(event.currentTarget.value);
              setPreview(null);
            }}
            error={errors.purpose}
          />
          <Checkbox.Group
            label={t("offers.referrals.fieldSet")}
            description={t("offers.referrals.fieldSetHint")}
            value={fieldCodes}
            onChange={(values) => {
              setFieldCodes(referralFieldCodes.filter((code) => values.includes(code)));
              setPreview(null);
            }}
            error={errors.fieldCodes ?? errors.needId}
          >
            <Stack gap={4} mt="xs">
              {referralFieldCodes
                .filter((code) => code !== "need" || origin !== null)
                .map((code) => (
                  <Checkbox key={code} value={code} label={describeReferralField(code, t)} />
                ))}
            </Stack>
          </Checkbox.Group>
          {preview ? <PreviewPanel preview={preview} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            {preview?.consent.isValid && preview.offerIsActive ? (
              <Button onClick={send} loading={sendReferral.isPending}>
                {t("offers.referrals.send")}
              </Button>
            ) : (
              <Button type="submit" loading={previewReferral.isPending}>
                {t("offers.referrals.preview")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function PreviewPanel({ preview }: { preview: TReferralPreview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="region" aria-label={t("offers.referrals.previewHeading")}>
      <Text fw={700}>{t("offers.referrals.previewHeading")}</Text>
      <Text size="sm">
        {t("offers.referrals.recipient")}: {preview.recipientName}
      </Text>
      {preview.consent.isValid ? (
        <Alert color="green" variant="outline">
          <Text size="sm">{t("offers.referrals.consentValid")}</Text>
        </Alert>
      ) : (
        <Alert color="red" variant="outline">
          <Text size="sm">{t("offers.referrals.consentMissing")}</Text>
        </Alert>
      )}
      {preview.offerIsActive ? null : (
        <Alert color="red" variant="outline">
          <Text size="sm">{t("offers.referrals.offerInactive")}</Text>
        </Alert>
      )}
      <SharedDataList fieldCodes={preview.fieldCodes} data={preview.sharedData} />
    </Stack>
  );
}
