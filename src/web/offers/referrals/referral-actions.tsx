import { Button, Group, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  referralTransitions,
  type TProviderTransition,
  type TReferral,
  type TReferralTransition,
} from "../../../common/offers/referral-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeTransition } from "./referral-labels.js";
import { useRespondToReferral, useWithdrawReferral } from "./referral-queries.js";

type TNoteStep = { transition: TReferralTransition; isRequired: boolean };

/**
 * The steps the actor may take now, from the referral's allowedTransitions. Declining asks for a
 * reason, completing and dropping for the outcome, withdrawing for confirmation (note optional).
 */
export function ReferralActions({ referral }: { referral: TReferral }) {
  const { t } = useTranslation();
  const respond = useRespondToReferral(referral.id);
  const withdraw = useWithdrawReferral(referral.id);
  const [step, setStep] = useState<TNoteStep | null>(null);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();

  function run(transition: TReferralTransition, text: string) {
    const onSuccess = () => {
      setStep(null);
      setNote("");
    };
    if (transition === "withdraw") {
      withdraw.mutate({ version: referral.version, note: text }, { onSuccess });
      return;
    }
    respond.mutate(
      { transition: transition as TProviderTransition, version: referral.version, note: text },
      { onSuccess },
    );
  }

  function choose(transition: TReferralTransition) {
    const needs = referralTransitions[transition].needs;
    if (needs === null && transition !== "withdraw") {
      run(transition, "");
      return;
    }
    setNoteError(undefined);
    setStep({ transition, isRequired: needs !== null });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    if (step.isRequired && note.trim() === "") {
      setNoteError(t("validation.required"));
      return;
    }
    run(step.transition, note.trim());
  }

  const error = respond.error ?? withdraw.error;
  const transitions = referral.allowedTransitions.filter((transition) => transition !== "expire");
  if (transitions.length === 0) return null;
  const noteLabel =
    step && referralTransitions[step.transition].needs === "outcome"
      ? t("offers.referrals.outcome")
      : step?.transition === "withdraw"
        ? t("offers.referrals.withdrawNote")
        : t("offers.referrals.reason");
  return (
    <Stack gap="sm">
      {error && !step ? <ProblemAlert error={error} /> : null}
      <Group gap="sm">
        {transitions.map((transition) => (
          <Button
            key={transition}
            variant={
              transition === "accept" || transition === "start" || transition === "complete" ? "filled" : "default"
            }
            loading={(respond.isPending || withdraw.isPending) && step === null}
            onClick={() => choose(transition)}
          >
            {describeTransition(transition, t)}
          </Button>
        ))}
      </Group>
      {step ? (
        <Dialog
          isOpen
          onClose={() => setStep(null)}
          closeLabel={t("administration.close")}
          title={describeTransition(step.transition, t)}
        >
          <form noValidate onSubmit={submit}>
            <Stack gap="md">
              {error && !(error instanceof ApiError && error.status === 422) ? <ProblemAlert error={error} /> : null}
              <Textarea
                label={noteLabel}
                required={step.isRequired}
                autosize
                minRows={3}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                error={noteError}
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStep(null)}>
                  {t("administration.cancel")}
                </Button>
                <Button type="submit" loading={respond.isPending || withdraw.isPending}>
                  {describeTransition(step.transition, t)}
                </Button>
              </Group>
            </Stack>
          </form>
        </Dialog>
      ) : null}
    </Stack>
  );
}
