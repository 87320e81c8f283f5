import { Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import { ZPlanReviewInput } from "../../common/counselling/plan-schemas.js";
import { PlanDialogForm } from "./plan-dialog-form.js";
import { usePlanForm } from "./use-plan-form.js";

const fields = ["reviewedOn", "note", "nextReviewOn"] as const;

type TReviewDialogProps = { personId: string; version: number; nextReviewOn: string | null; onClose: () => void };

/** Records a review of the plan's progress and when to look at it again. */
export function ReviewDialog({ personId, version, nextReviewOn, onClose }: TReviewDialogProps) {
  const { t } = useTranslation();
  const form = usePlanForm(personId, fields, onClose);
  const [reviewedOn, setReviewedOn] = useState(todayInBerlin());
  const [note, setNote] = useState("");
  const [next, setNext] = useState(nextReviewOn ?? "");

  function submit() {
    const body = { version, reviewedOn, note, nextReviewOn: next === "" ? null : next };
    form.submit(ZPlanReviewInput, body, { path: "/reviews" });
  }

  return (
    <PlanDialogForm
      title={t("counselling.plan.addReview")}
      submitLabel={t("counselling.plan.saveReview")}
      onClose={onClose}
      onSubmit={submit}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <TextInput
        type="date"
        label={t("counselling.plan.reviewedOn")}
        value={reviewedOn}
        onChange={(event) => setReviewedOn(event.currentTarget.value)}
        error={form.errors.reviewedOn}
        required
      />
      <Textarea
        label={t("counselling.plan.reviewNote")}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={form.errors.note}
        required
        autosize
        minRows={3}
      />
      <TextInput
        type="date"
        label={t("counselling.plan.nextReviewOn")}
        value={next}
        onChange={(event) => setNext(event.currentTarget.value)}
        error={form.errors.nextReviewOn}
      />
    </PlanDialogForm>
  );
}
