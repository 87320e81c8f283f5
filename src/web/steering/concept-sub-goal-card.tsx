import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TConceptStatement, TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import printClasses from "../ui/print.module.css";
import classes from "./concept.module.css";
import { ConceptDeleteButton } from "./concept-delete-button.js";
import type { TConceptEditing } from "./concept-editing.js";
import { ConceptFacts } from "./concept-facts.js";
import { useConceptLabels } from "./concept-labels.js";
import { ConceptMeasureDialog } from "./concept-measure-dialog.js";
import { ConceptMeasureItem } from "./concept-measure-item.js";
import { useConceptWrite } from "./concept-queries.js";
import { ConceptSubGoalDialog } from "./concept-sub-goal-dialog.js";

type TConceptSubGoalCardProps = {
  editing: TConceptEditing;
  statement: TConceptStatement;
  subGoal: TConceptSubGoal;
  /** "2.1": field of action and sub-goal. */
  code: string;
};

/** One sub-goal: its indicator, baseline and targets, who is responsible, and its measures. */
export function ConceptSubGoalCard({ editing, statement, subGoal, code }: TConceptSubGoalCardProps) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  const remove = useConceptWrite(editing.period.id);
  const [dialog, setDialog] = useState<"edit" | "measure" | undefined>(undefined);
  const name = t("steering.subGoal.name", { code });
  const number = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 4 });
  const withUnit = (value: number) =>
    subGoal.indicatorUnit ? `${number.format(value)} ${subGoal.indicatorUnit}` : number.format(value);
  const baseline = subGoal.baseline
    ? [
        t("steering.subGoal.baselineValue", { value: withUnit(subGoal.baseline.value), year: subGoal.baseline.year }),
        subGoal.baseline.source ? t("steering.subGoal.baselineSource", { source: subGoal.baseline.source }) : "",
      ].join(" ")
    : null;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={`sub-goal-${subGoal.id}`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`sub-goal-${subGoal.id}`}>
          {name}: {subGoal.title}
        </Title>
        <ConceptFacts
          facts={[
            { label: labels.fields.indicatorDescription, value: subGoal.indicatorDescription },
            {
              label: labels.fields.indicatorKey,
              value: subGoal.indicatorKey ? labels.indicatorKeys[subGoal.indicatorKey] : null,
            },
            { label: labels.fields.indicatorUnit, value: subGoal.indicatorUnit },
            { label: t("steering.subGoal.baseline"), value: baseline },
            { label: labels.fields.responsibleOrganisationId, value: subGoal.responsibleOrganisation?.name },
          ]}
        />
        {subGoal.targets.length > 0 ? (
          <Table withTableBorder maw={480} className={classes.part}>
            <Table.Caption>{t("steering.subGoal.targetsCaption", { name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("steering.subGoal.year")}</Table.Th>
                <Table.Th scope="col">{t("steering.subGoal.target")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {subGoal.targets.map((target) => (
                <Table.Tr key={target.year}>
                  <Table.Th scope="row">{target.year}</Table.Th>
                  <Table.Td>{withUnit(target.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {editing.canUpdate || editing.canDelete ? (
          <Group gap="xs" className={printClasses.screenOnly}>
            {editing.canUpdate ? (
              <Button size="xs" variant="default" onClick={() => setDialog("edit")}>
                {t("steering.actions.edit", { name })}
              </Button>
            ) : null}
            {editing.canDelete ? (
              <ConceptDeleteButton
                label={t("steering.actions.delete", { name })}
                title={t("steering.actions.deleteTitle", { name })}
                message={t("steering.subGoal.deleteMessage")}
                onConfirm={() =>
                  remove.mutateAsync({ method: "DELETE", path: `sub-goals/${subGoal.id}?version=${subGoal.version}` })
                }
                onReload={editing.reload}
              />
            ) : null}
          </Group>
        ) : null}
        <Title order={4} size="h5">
          {t("steering.subGoal.measures", { name })}
        </Title>
        {subGoal.measures.length === 0 ? (
          <Text size="sm">{t("steering.subGoal.noMeasures")}</Text>
        ) : (
          <ul className={classes.measures}>
            {subGoal.measures.map((measure) => (
              <ConceptMeasureItem
                key={measure.id}
                editing={editing}
                subGoal={subGoal}
                measure={measure}
                code={`${code}.${measure.number}`}
              />
            ))}
          </ul>
        )}
        {editing.canUpdate ? (
          <Group className={printClasses.screenOnly}>
            <Button size="xs" variant="light" onClick={() => setDialog("measure")}>
              {t("steering.measure.add", { name })}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {dialog === "edit" ? (
        <ConceptSubGoalDialog
          editing={editing}
          statement={statement}
          subGoal={subGoal}
          title={name}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog === "measure" ? (
        <ConceptMeasureDialog editing={editing} subGoal={subGoal} title={name} onClose={() => setDialog(undefined)} />
      ) : null}
    </Paper>
  );
}
