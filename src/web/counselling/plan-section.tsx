import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import type { TIntegrationPlan } from "../../common/counselling/plan-schemas.js";
import { LoadingState } from "../ui/loading-state.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { AgreementDialog } from "./plan-agreement-dialog.js";
import { GoalDialog } from "./plan-goal-dialog.js";
import { PlanGoalsList, type TPlanEdit } from "./plan-goals-list.js";
import { MeasureDialog } from "./plan-measure-dialog.js";
import { planQuery, usePlanWrite } from "./plan-queries.js";
import { ReviewDialog } from "./plan-review-dialog.js";
import { PlanSummary } from "./plan-summary.js";

type TDialog = TPlanEdit | { kind: "agreement" } | { kind: "review" };

function PlanDialogs({ dialog, plan, onClose }: { dialog: TDialog; plan: TIntegrationPlan; onClose: () => void }) {
  const props = { personId: plan.personId, version: plan.version, onClose };
  switch (dialog.kind) {
    case "goal":
      return <GoalDialog {...props} {...(dialog.goal ? { goal: dialog.goal } : {})} />;
    case "measure":
      return (
        <MeasureDialog {...props} goalId={dialog.goalId} {...(dialog.measure ? { measure: dialog.measure } : {})} />
      );
    case "agreement":
      return <AgreementDialog {...props} />;
    case "review":
      return <ReviewDialog {...props} nextReviewOn={plan.nextReviewOn} />;
  }
}

function PlanReviews({ plan }: { plan: TIntegrationPlan }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  if (plan.reviews.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("counselling.plan.reviews")}
      </Title>
      <List size="sm" spacing="xs">
        {plan.reviews.map((review) => (
          <List.Item key={review.id}>
            <Text span size="sm" fw={700}>
              {formatDate(review.reviewedOn)}
              {review.reviewedByName ? ` (${review.reviewedByName})` : ""}:
            </Text>{" "}
            {review.note}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Förderplan: goals by field of action with their measures, the agreement, reviews and the printable plan. */
export function PlanSection({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const headingId = useId();
  const view = useQuery(planQuery(person.id));
  const create = usePlanWrite(person.id);
  const [dialog, setDialog] = useState<TDialog | null>(null);
  const plan = view.data?.plan ?? null;
  const canUpdate = view.data?.allowedActions.includes("update") ?? false;

  function body() {
    if (view.isPending) return <LoadingState />;
    if (view.isError) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
    if (plan === null) {
      return (
        <Stack gap="sm" align="flex-start">
          {create.error ? <ProblemAlert error={create.error} /> : null}
          <Text size="sm">{t("counselling.plan.empty")}</Text>
          {canUpdate ? (
            <Button loading={create.isPending} onClick={() => create.mutate({ body: {} })}>
              {t("counselling.plan.create")}
            </Button>
          ) : null}
        </Stack>
      );
    }
    return (
      <Stack gap="md">
        <PlanSummary plan={plan} person={person} />
        {canUpdate ? (
          <Group gap="xs">
            <Button size="xs" onClick={() => setDialog({ kind: "goal" })}>
              {t("counselling.plan.addGoal")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDialog({ kind: "agreement" })}>
              {plan.agreement ? t("counselling.plan.renewAgreement") : t("counselling.plan.recordAgreement")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDialog({ kind: "review" })}>
              {t("counselling.plan.addReview")}
            </Button>
          </Group>
        ) : null}
        <PlanGoalsList goals={plan.goals} canUpdate={canUpdate} onEdit={setDialog} />
        <PlanReviews plan={plan} />
        {dialog ? <PlanDialogs dialog={dialog} plan={plan} onClose={() => setDialog(null)} /> : null}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("counselling.plan.title")}
      </Title>
      {body()}
    </Paper>
  );
}
