import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TConceptStatement } from "../../common/steering/concept-view-schemas.js";
import type { TFieldOfAction } from "../platform/reference-data/reference-queries.js";
import printClasses from "../ui/print.module.css";
import { ConceptDeleteButton } from "./concept-delete-button.js";
import type { TConceptEditing } from "./concept-editing.js";
import { ConceptFacts } from "./concept-facts.js";
import { useConceptLabels } from "./concept-labels.js";
import { useConceptWrite } from "./concept-queries.js";
import { ConceptStatementDialog } from "./concept-statement-dialog.js";
import { ConceptSubGoalCard } from "./concept-sub-goal-card.js";
import { ConceptSubGoalDialog } from "./concept-sub-goal-dialog.js";

type TConceptFieldSectionProps = {
  editing: TConceptEditing;
  field: TFieldOfAction;
  statement: TConceptStatement | undefined;
};

/** One field of action in the period: its guiding principle and challenges, then its numbered sub-goals. */
export function ConceptFieldSection({ editing, field, statement }: TConceptFieldSectionProps) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  const remove = useConceptWrite(editing.period.id);
  const [dialog, setDialog] = useState<"statement" | "subGoal" | undefined>(undefined);
  const fieldName = i18n.resolvedLanguage === "en" ? field.nameEn : field.nameDe;
  const headingId = `field-${field.code}`;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t("steering.field.heading", { position: field.position, name: fieldName })}
        </Title>
        {statement ? (
          <ConceptFacts
            facts={[
              { label: labels.fields.guidingPrinciple, value: statement.guidingPrinciple },
              { label: labels.fields.challenges, value: statement.challenges },
            ]}
          />
        ) : (
          <Text size="sm">{t("steering.field.noStatement")}</Text>
        )}
        {editing.canUpdate || (statement && editing.canDelete) ? (
          <Group gap="xs" className={printClasses.screenOnly}>
            {editing.canUpdate ? (
              <Button size="xs" variant="default" onClick={() => setDialog("statement")}>
                {statement
                  ? t("steering.statement.edit", { field: fieldName })
                  : t("steering.statement.add", { field: fieldName })}
              </Button>
            ) : null}
            {statement && editing.canDelete ? (
              <ConceptDeleteButton
                label={t("steering.statement.delete", { field: fieldName })}
                title={t("steering.statement.deleteTitle", { field: fieldName })}
                message={t("steering.statement.deleteMessage")}
                onConfirm={() =>
                  remove.mutateAsync({
                    method: "DELETE",
                    path: `statements/${statement.id}?version=${statement.version}`,
                  })
                }
                onReload={editing.reload}
              />
            ) : null}
          </Group>
        ) : null}
        {statement?.subGoals.map((subGoal) => (
          <ConceptSubGoalCard
            key={subGoal.id}
            editing={editing}
            statement={statement}
            subGoal={subGoal}
            code={`${field.position}.${subGoal.number}`}
          />
        ))}
        {statement && statement.subGoals.length === 0 ? <Text size="sm">{t("steering.field.noSubGoals")}</Text> : null}
        {statement && editing.canUpdate ? (
          <Group className={printClasses.screenOnly}>
            <Button size="xs" variant="light" onClick={() => setDialog("subGoal")}>
              {t("steering.subGoal.add", { field: fieldName })}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {dialog === "statement" ? (
        <ConceptStatementDialog
          editing={editing}
          fieldOfActionCode={field.code}
          fieldOfActionName={fieldName}
          statement={statement}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog === "subGoal" && statement ? (
        <ConceptSubGoalDialog
          editing={editing}
          statement={statement}
          title={fieldName}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </Paper>
  );
}
