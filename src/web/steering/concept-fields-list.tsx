import { Stack } from "@mantine/core";
import type { TFieldOfAction } from "../platform/reference-data/reference-queries.js";
import type { TConceptEditing } from "./concept-editing.js";
import { ConceptFieldSection } from "./concept-field-section.js";

/** The nine fields of action in their order, each with the period's statement for it (or none yet). */
export function ConceptFieldsList({ editing, fields }: { editing: TConceptEditing; fields: TFieldOfAction[] }) {
  return (
    <Stack gap="lg">
      {fields.map((field) => (
        <ConceptFieldSection
          key={field.code}
          editing={editing}
          field={field}
          statement={editing.period.statements.find((statement) => statement.fieldOfActionCode === field.code)}
        />
      ))}
    </Stack>
  );
}
