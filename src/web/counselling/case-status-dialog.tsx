import { Button, Group, Select, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  caseCloseReasons,
  caseTransitions,
  type TCase,
  ZCaseStatusChange,
} from "../../common/counselling/case-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { describeCaseStatus, describeCloseReason } from "./case-labels.js";
import { useChangeCaseStatus } from "./case-queries.js";

const fields = ["to", "closeReason", "reasonText"] as const;
type TField = (typeof fields)[number];

type TCaseStatusDialogProps = { personCase: TCase; isOpen: boolean; onClose: () => void };

/** Changes the case's status to one the transitions allow; closing asks for a reason from the list. */
export function CaseStatusDialog({ personCase, isOpen, onClose }: TCaseStatusDialogProps) {
  const { t } = useTranslation();
  const changeStatus = useChangeCaseStatus(personCase.personId);
  const [to, setTo] = useState("");
  const [closeReason, setCloseReason] = useState("");
  const [reasonText, setReasonText] = useState("");
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const isClosing = to === "closed";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCaseStatusChange.safeParse(
      {
        to: to === "" ? undefined : to,
        closeReason: isClosing && closeReason !== "" ? closeReason : null,
        reasonText: reasonText.trim() === "" ? null : reasonText,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    changeStatus.mutate(parsed.data, {
      onSuccess: () => {
        setTo("");
        setCloseReason("");
        setReasonText("");
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422)
          setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      },
    });
  }

  const hasProblem =
    changeStatus.error !== null && !(changeStatus.error instanceof ApiError && changeStatus.error.status === 422);
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("counselling.case.changeStatus")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {hasProblem ? <ProblemAlert error={changeStatus.error} /> : null}
          <Select
            label={t("counselling.case.newStatus")}
            data={caseTransitions[personCase.status].map((value) => ({ value, label: describeCaseStatus(value, t) }))}
            value={to || null}
            onChange={(value) => setTo(value ?? "")}
            error={errors.to}
            required
          />
          {isClosing ? (
            <Select
              label={t("counselling.case.closeReason")}
              data={caseCloseReasons.map((value) => ({ value, label: describeCloseReason(value, t) }))}
              value={closeReason || null}
              onChange={(value) => setCloseReason(value ?? "")}
              error={errors.closeReason}
              required
            />
          ) : null}
          <Textarea
            label={t("counselling.case.reasonText")}
            value={reasonText}
            onChange={(event) => setReasonText(event.currentTarget.value)}
            error={errors.reasonText}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={changeStatus.isPending}>
              {t("counselling.case.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
