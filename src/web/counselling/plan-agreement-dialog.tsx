import { Select, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import { agreementChannels, type TAgreementChannel } from "../../common/counselling/plan.js";
import { ZPlanAgreement } from "../../common/counselling/plan-schemas.js";
import { PlanDialogForm } from "./plan-dialog-form.js";
import { describeAgreementChannel } from "./plan-labels.js";
import { usePlanForm } from "./use-plan-form.js";

const fields = ["agreedOn", "agreedHow", "agreedWith"] as const;

type TAgreementDialogProps = { personId: string; version: number; onClose: () => void };

/** Records that the person agreed to the plan (again, after changes): when, how, with whom. */
export function AgreementDialog({ personId, version, onClose }: TAgreementDialogProps) {
  const { t } = useTranslation();
  const form = usePlanForm(personId, fields, onClose);
  const [agreedOn, setAgreedOn] = useState(todayInBerlin());
  const [agreedHow, setAgreedHow] = useState<TAgreementChannel | "">("");
  const [agreedWith, setAgreedWith] = useState("");

  return (
    <PlanDialogForm
      title={t("counselling.plan.recordAgreement")}
      submitLabel={t("counselling.plan.saveAgreement")}
      onClose={onClose}
      onSubmit={() => form.submit(ZPlanAgreement, { version, agreedOn, agreedHow, agreedWith }, { path: "/agreement" })}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <TextInput
        type="date"
        label={t("counselling.plan.agreedOn")}
        value={agreedOn}
        onChange={(event) => setAgreedOn(event.currentTarget.value)}
        error={form.errors.agreedOn}
        required
      />
      <Select
        label={t("counselling.plan.agreedHow")}
        data={agreementChannels.map((value) => ({ value, label: describeAgreementChannel(value, t) }))}
        value={agreedHow || null}
        onChange={(value) => setAgreedHow(agreementChannels.find((candidate) => candidate === value) ?? "")}
        error={form.errors.agreedHow}
        required
      />
      <TextInput
        label={t("counselling.plan.agreedWith")}
        description={t("counselling.plan.agreedWithHint")}
        value={agreedWith}
        onChange={(event) => setAgreedWith(event.currentTarget.value)}
        error={form.errors.agreedWith}
      />
    </PlanDialogForm>
  );
}
