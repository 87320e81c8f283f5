import { Button, Group, Radio, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZPersonMove } from "../../common/arrival/move-schemas.js";
import { moveOutReasons, type TMoveKind } from "../../common/arrival/person.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useRecordMove } from "./person-queries.js";

const fields = ["kind", "movedOn", "toMunicipalityAgs", "reason", "note"] as const;
type TField = (typeof fields)[number];

type TMoveDialogProps = { person: TPerson; isOpen: boolean; onClose: () => void };

/** Records a move: within the district a handover with a note for the new desk, out of it the end of the registration. */
export function MoveDialog({ person, isOpen, onClose }: TMoveDialogProps) {
  const { t } = useTranslation();
  const municipalities = useQuery(municipalitiesQuery);
  const recordMove = useRecordMove(person.id);
  const [kind, setKind] = useState<TMoveKind>("within_district");
  const [movedOn, setMovedOn] = useState("");
  const [toMunicipalityAgs, setToMunicipalityAgs] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body =
      kind === "within_district"
        ? { kind, movedOn, toMunicipalityAgs, note }
        : { kind, movedOn, reason, note: note.trim() === "" ? null : note };
    const parsed = ZPersonMove.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    recordMove.mutate(parsed.data, {
      onSuccess: onClose,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422)
          setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      },
    });
  }

  const hasProblem =
    recordMove.error !== null && !(recordMove.error instanceof ApiError && recordMove.error.status === 422);
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("arrival.residence.recordMove")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {hasProblem ? <ProblemAlert error={recordMove.error} /> : null}
          <Radio.Group
            label={t("arrival.residence.kind")}
            value={kind}
            onChange={(value) => setKind(value === "out_of_district" ? "out_of_district" : "within_district")}
            error={errors.kind}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="within_district" label={t("arrival.residence.kinds.within_district")} />
              <Radio value="out_of_district" label={t("arrival.residence.kinds.out_of_district")} />
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={t("arrival.residence.movedOn")}
            value={movedOn}
            onChange={(event) => setMovedOn(event.currentTarget.value)}
            error={errors.movedOn}
            required
          />
          {kind === "within_district" ? (
            <Select
              label={t("arrival.residence.toMunicipality")}
              data={(municipalities.data ?? [])
                .filter((municipality) => municipality.ags !== person.municipalityAgs)
                .map((municipality) => ({ value: municipality.ags, label: municipality.name }))}
              value={toMunicipalityAgs || null}
              onChange={(value) => setToMunicipalityAgs(value ?? "")}
              error={errors.toMunicipalityAgs}
              searchable
              required
            />
          ) : (
            <Select
              label={t("arrival.residence.reason")}
              data={moveOutReasons.map((value) => ({ value, label: t(`arrival.residence.reasons.${value}`) }))}
              value={reason || null}
              onChange={(value) => setReason(value ?? "")}
              error={errors.reason}
              required
            />
          )}
          <Textarea
            label={
              kind === "within_district" ? t("arrival.residence.handoverNote") : t("arrival.residence.optionalNote")
            }
            description={kind === "within_district" ? t("arrival.residence.handoverHint") : undefined}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            required={kind === "within_district"}
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={recordMove.isPending}>
              {t("arrival.residence.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
