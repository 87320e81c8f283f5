import { Button, Group, Select, Stack, Textarea } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TCase } from "../../common/counselling/case-schemas.js";
import { ZHandoverRequest } from "../../common/counselling/handover-schemas.js";
import { organisationKinds } from "../../common/platform/organisations.js";
import { ApiError } from "../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { describeDeskKind } from "./case-labels.js";
import { desksQuery, useStartHandover } from "./case-queries.js";

const fields = ["toOrganisationId", "toUserId", "note"] as const;
type TField = (typeof fields)[number];

type THandoverDialogProps = { personCase: TCase; isOpen: boolean; onClose: () => void };

/** Starts a handover of the case to another desk, with the note the receiving desk reads first. */
export function HandoverDialog({ personCase, isOpen, onClose }: THandoverDialogProps) {
  const { t } = useTranslation();
  const desks = useQuery({ ...desksQuery, enabled: isOpen });
  const startHandover = useStartHandover(personCase.personId);
  const [toOrganisationId, setToOrganisationId] = useState("");
  const [toUserId, setToUserId] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const targets = (desks.data ?? []).filter((desk) => desk.id !== personCase.desk.id);
  const workers = targets.find((desk) => desk.id === toOrganisationId)?.workers ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZHandoverRequest.safeParse(
      { toOrganisationId, toUserId: toUserId === "" ? null : toUserId, note },
      { reportInput: true },
    );
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    startHandover.mutate(parsed.data, {
      onSuccess: () => {
        setToOrganisationId("");
        setToUserId("");
        setNote("");
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422)
          setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      },
    });
  }

  const hasProblem =
    startHandover.error !== null && !(startHandover.error instanceof ApiError && startHandover.error.status === 422);
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("counselling.case.handOver")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {hasProblem ? <ProblemAlert error={startHandover.error} /> : null}
          <Select
            label={t("counselling.handovers.toDesk")}
            data={organisationKinds.map((kind) => ({
              group: describeDeskKind(kind, t),
              items: targets.filter((desk) => desk.kind === kind).map((desk) => ({ value: desk.id, label: desk.name })),
            }))}
            value={toOrganisationId || null}
            onChange={(value) => {
              setToOrganisationId(value ?? "");
              setToUserId("");
            }}
            error={errors.toOrganisationId}
            searchable
            required
          />
          <Select
            label={t("counselling.handovers.toUser")}
            data={[
              { value: "", label: t("counselling.handovers.anyone") },
              ...workers.map((worker) => ({ value: worker.id, label: worker.displayName })),
            ]}
            value={toUserId}
            onChange={(value) => setToUserId(value ?? "")}
            error={errors.toUserId}
            disabled={toOrganisationId === ""}
          />
          <Textarea
            label={t("counselling.handovers.note")}
            description={t("counselling.handovers.noteHint")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            required
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={startHandover.isPending}>
              {t("counselling.handovers.start")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
