import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TConceptMeasure, TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import printClasses from "../ui/print.module.css";
import { useFormatters } from "../ui/use-formatters.js";
import classes from "./concept.module.css";
import { ConceptDeleteButton } from "./concept-delete-button.js";
import type { TConceptEditing } from "./concept-editing.js";
import { ConceptFacts } from "./concept-facts.js";
import { useConceptLabels } from "./concept-labels.js";
import { ConceptMeasureDialog } from "./concept-measure-dialog.js";
import { useConceptWrite } from "./concept-queries.js";
import { ConceptMeasureStatusBadge } from "./concept-status-badge.js";
import { useEuroFormat } from "./use-euro-format.js";

type TConceptMeasureItemProps = {
  editing: TConceptEditing;
  subGoal: TConceptSubGoal;
  measure: TConceptMeasure;
  /** "2.1.3": field of action, sub-goal, measure. */
  code: string;
};

/** One measure of a sub-goal, with its edit and delete actions. */
export function ConceptMeasureItem({ editing, subGoal, measure, code }: TConceptMeasureItemProps) {
  const { t } = useTranslation();
  const labels = useConceptLabels();
  const { formatDate } = useFormatters();
  const formatEuro = useEuroFormat();
  const remove = useConceptWrite(editing.period.id);
  const [isEditing, setIsEditing] = useState(false);
  const name = t("steering.measure.name", { code });
  const municipalityName = (ags: string) =>
    editing.municipalities.find((municipality) => municipality.ags === ags)?.name ?? ags;
  const timeline =
    measure.startsOn || measure.endsOn
      ? t("steering.measure.timeline", {
          start: measure.startsOn ? formatDate(measure.startsOn) : "…",
          end: measure.endsOn ? formatDate(measure.endsOn) : "…",
        })
      : null;
  return (
    <Paper component="li" withBorder p="sm" radius="sm" className={classes.part}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={5} size="h6">
            {name}: {measure.title}
          </Title>
          <ConceptMeasureStatusBadge status={measure.status} />
        </Group>
        <ConceptFacts
          facts={[
            { label: labels.fields.description, value: measure.description },
            { label: labels.fields.responsibleOrganisationId, value: measure.responsibleOrganisation?.name },
            {
              label: labels.fields.partnerOrganisationIds,
              value: measure.partnerOrganisations.map((partner) => partner.name).join(", "),
            },
            { label: labels.fields.otherPartners, value: measure.otherPartners },
            {
              label: labels.fields.municipalityAgs,
              value:
                measure.municipalityAgs.length === 0
                  ? t("steering.measure.wholeDistrict")
                  : measure.municipalityAgs.map(municipalityName).join(", "),
            },
            { label: t("steering.measure.timelineLabel"), value: timeline },
            {
              label: labels.fields.budgetEur,
              value: measure.budgetEur === null ? null : formatEuro(measure.budgetEur),
            },
            { label: labels.fields.progressNotes, value: measure.progressNotes },
          ]}
        />
        {editing.canUpdate || editing.canDelete ? (
          <Group gap="xs" className={printClasses.screenOnly}>
            {editing.canUpdate ? (
              <Button size="xs" variant="default" onClick={() => setIsEditing(true)}>
                {t("steering.actions.edit", { name })}
              </Button>
            ) : null}
            {editing.canDelete ? (
              <ConceptDeleteButton
                label={t("steering.actions.delete", { name })}
                title={t("steering.actions.deleteTitle", { name })}
                message={t("steering.measure.deleteMessage")}
                onConfirm={() =>
                  remove.mutateAsync({ method: "DELETE", path: `measures/${measure.id}?version=${measure.version}` })
                }
                onReload={editing.reload}
              />
            ) : null}
          </Group>
        ) : null}
        {isEditing ? (
          <ConceptMeasureDialog
            editing={editing}
            subGoal={subGoal}
            measure={measure}
            title={name}
            onClose={() => setIsEditing(false)}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
