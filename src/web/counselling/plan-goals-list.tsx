import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TGoal, TMeasure } from "../../common/counselling/plan-schemas.js";
import { fieldsOfActionQuery } from "../platform/reference-data/reference-queries.js";
import { useFormatters } from "../ui/use-formatters.js";
import { describeGoalStatus, describeMeasureStatus, describeResponsibleKind } from "./plan-labels.js";

export type TPlanEdit = { kind: "goal"; goal?: TGoal } | { kind: "measure"; goalId: string; measure?: TMeasure };

type TGoalsListProps = { goals: TGoal[]; canUpdate: boolean; onEdit: (edit: TPlanEdit) => void };

function MeasureLine({ measure, canUpdate, onEdit }: { measure: TMeasure; canUpdate: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const name = measure.responsibleOrganisationName ?? measure.responsibleUserName;
  const responsible = describeResponsibleKind(measure.responsibleKind, t);
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={700}>
          {measure.title}
        </Text>
        <Text size="sm">
          {[
            `${t("counselling.plan.responsible")}: ${name ? `${responsible} (${name})` : responsible}`,
            measure.dueOn ? `${t("counselling.plan.dueOn")}: ${formatDate(measure.dueOn)}` : null,
            `${t("counselling.plan.status")}: ${describeMeasureStatus(measure.status, t)}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        {canUpdate ? (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={onEdit}
            aria-label={t("counselling.plan.editMeasureNamed", { title: measure.title })}
          >
            {t("counselling.plan.edit")}
          </Button>
        ) : null}
      </Group>
    </List.Item>
  );
}

function GoalCard({ goal, canUpdate, onEdit }: { goal: TGoal; canUpdate: boolean; onEdit: (edit: TPlanEdit) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={4} size="h5">
            {goal.title}
          </Title>
          <Text size="sm" fw={700}>
            {describeGoalStatus(goal.status, t)}
          </Text>
        </Group>
        {goal.description ? <Text size="sm">{goal.description}</Text> : null}
        {goal.measures.length === 0 ? (
          <Text size="sm">{t("counselling.plan.noMeasures")}</Text>
        ) : (
          <List size="sm" spacing="xs" aria-label={t("counselling.plan.measuresOf", { title: goal.title })}>
            {goal.measures.map((measure) => (
              <MeasureLine
                key={measure.id}
                measure={measure}
                canUpdate={canUpdate}
                onEdit={() => onEdit({ kind: "measure", goalId: goal.id, measure })}
              />
            ))}
          </List>
        )}
        {canUpdate ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => onEdit({ kind: "measure", goalId: goal.id })}>
              {t("counselling.plan.addMeasure")}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => onEdit({ kind: "goal", goal })}
              aria-label={t("counselling.plan.editGoalNamed", { title: goal.title })}
            >
              {t("counselling.plan.editGoal")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The plan's goals under their field of action, the fields in the reference data's order. */
export function PlanGoalsList({ goals, canUpdate, onEdit }: TGoalsListProps) {
  const { t, i18n } = useTranslation();
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  if (goals.length === 0) return <Text size="sm">{t("counselling.plan.noGoals")}</Text>;
  const known = fieldsOfAction.data ?? [];
  const codes = [
    ...known.map((field) => field.code),
    ...goals.map((goal) => goal.fieldOfActionCode).filter((code) => !known.some((field) => field.code === code)),
  ].filter((code, index, all) => all.indexOf(code) === index && goals.some((goal) => goal.fieldOfActionCode === code));
  return (
    <Stack gap="md">
      {codes.map((code) => {
        const field = known.find((candidate) => candidate.code === code);
        const name = field ? (i18n.resolvedLanguage === "en" ? field.nameEn : field.nameDe) : code;
        return (
          <Stack key={code} gap="xs">
            <Title order={3} size="h4">
              {name}
            </Title>
            {goals
              .filter((goal) => goal.fieldOfActionCode === code)
              .map((goal) => (
                <GoalCard key={goal.id} goal={goal} canUpdate={canUpdate} onEdit={onEdit} />
              ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
