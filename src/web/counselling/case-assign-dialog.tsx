import { Button, Group, Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TCase } from "../../common/counselling/case-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { desksQuery, useAssignCase } from "./case-queries.js";

type TCaseAssignDialogProps = { personCase: TCase; isOpen: boolean; onClose: () => void };

/** Assigns the case to someone working cases at its desk, or to nobody. */
export function CaseAssignDialog({ personCase, isOpen, onClose }: TCaseAssignDialogProps) {
  const { t } = useTranslation();
  const desks = useQuery({ ...desksQuery, enabled: isOpen });
  const assign = useAssignCase(personCase.personId);
  const [assigneeUserId, setAssigneeUserId] = useState(personCase.assignee?.id ?? "");
  const workers = desks.data?.find((desk) => desk.id === personCase.desk.id)?.workers ?? [];
  const fieldError =
    assign.error instanceof ApiError && assign.error.status === 422
      ? toProblemFieldErrors(assign.error.problem, ["assigneeUserId"]).fieldErrors.assigneeUserId
      : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    assign.mutate({ assigneeUserId: assigneeUserId === "" ? null : assigneeUserId }, { onSuccess: onClose });
  }

  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("counselling.case.assign")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {assign.error && fieldError === undefined ? <ProblemAlert error={assign.error} /> : null}
          <Select
            label={t("counselling.case.assignee")}
            description={t("counselling.case.assigneeHint", { desk: personCase.desk.name })}
            data={[
              { value: "", label: t("counselling.case.unassigned") },
              ...workers.map((worker) => ({ value: worker.id, label: worker.displayName })),
            ]}
            value={assigneeUserId}
            onChange={(value) => setAssigneeUserId(value ?? "")}
            error={fieldError}
            searchable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t("counselling.case.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
