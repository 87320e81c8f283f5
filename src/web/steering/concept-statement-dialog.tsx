import { Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZConceptStatementInput, ZConceptStatementUpdate } from "../../common/steering/concept-schemas.js";
import type { TConceptStatement } from "../../common/steering/concept-view-schemas.js";
import { ConceptDialogForm } from "./concept-dialog-form.js";
import type { TConceptEditing } from "./concept-editing.js";
import { listConceptFormMessages, placeByFirstSegment } from "./concept-form-errors.js";
import { useConceptLabels } from "./concept-labels.js";
import { conceptPeriodPart } from "./concept-queries.js";
import { useConceptForm } from "./use-concept-form.js";

const fields = ["guidingPrinciple", "challenges"] as const;

type TConceptStatementDialogProps = {
  editing: TConceptEditing;
  fieldOfActionCode: string;
  fieldOfActionName: string;
  statement?: TConceptStatement;
  onClose: () => void;
};

/** A field of action's guiding principle (Leitbild) and challenges in this period. */
export function ConceptStatementDialog(props: TConceptStatementDialogProps) {
  const { editing, statement, onClose } = props;
  const { t } = useTranslation();
  const labels = useConceptLabels();
  const form = useConceptForm(editing.period.id, placeByFirstSegment(fields), onClose);
  const [guidingPrinciple, setGuidingPrinciple] = useState(statement?.guidingPrinciple ?? "");
  const [challenges, setChallenges] = useState(statement?.challenges ?? "");

  function submit() {
    if (statement) {
      void form.submit(
        ZConceptStatementUpdate,
        { guidingPrinciple, challenges, version: statement.version },
        (body) => ({
          method: "PUT",
          path: `statements/${statement.id}`,
          body,
        }),
      );
    } else {
      const body = { fieldOfActionCode: props.fieldOfActionCode, guidingPrinciple, challenges };
      void form.submit(ZConceptStatementInput, body, (data) => ({
        method: "POST",
        path: `${conceptPeriodPart(editing.period.id)}/statements`,
        body: data,
      }));
    }
  }

  return (
    <ConceptDialogForm
      title={
        statement
          ? t("steering.statement.editTitle", { field: props.fieldOfActionName })
          : t("steering.statement.addTitle", { field: props.fieldOfActionName })
      }
      submitLabel={t("steering.form.save")}
      onClose={onClose}
      onSubmit={submit}
      onReload={editing.reload}
      isPending={form.isPending}
      failure={form.failure}
      messages={listConceptFormMessages(form.errors, labels.fields)}
      attempt={form.attempt}
      size="lg"
    >
      <Textarea
        label={labels.fields.guidingPrinciple}
        value={guidingPrinciple}
        onChange={(event) => {
          setGuidingPrinciple(event.currentTarget.value);
          form.clearError("guidingPrinciple");
        }}
        error={form.errors.fieldErrors.guidingPrinciple}
        required
        autosize
        minRows={3}
        data-autofocus
      />
      <Textarea
        label={labels.fields.challenges}
        value={challenges}
        onChange={(event) => {
          setChallenges(event.currentTarget.value);
          form.clearError("challenges");
        }}
        error={form.errors.fieldErrors.challenges}
        autosize
        minRows={3}
      />
    </ConceptDialogForm>
  );
}
