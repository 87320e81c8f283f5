import { Badge } from "@mantine/core";
import type { TConceptMeasureStatus, TConceptPeriodStatus } from "../../common/steering/concept.js";
import { useConceptLabels } from "./concept-labels.js";

/** Filled badges in dark shades: white text on them keeps 4.5:1. */
const periodColours: Record<TConceptPeriodStatus, string> = { draft: "gray.7", active: "teal.9", closed: "indigo.9" };
const measureColours: Record<TConceptMeasureStatus, string> = {
  planned: "gray.7",
  running: "blue.9",
  done: "teal.9",
  stopped: "red.9",
};

export function ConceptPeriodStatusBadge({ status }: { status: TConceptPeriodStatus }) {
  const labels = useConceptLabels();
  return (
    <Badge color={periodColours[status]} variant="filled">
      {labels.periodStatuses[status]}
    </Badge>
  );
}

export function ConceptMeasureStatusBadge({ status }: { status: TConceptMeasureStatus }) {
  const labels = useConceptLabels();
  return (
    <Badge color={measureColours[status]} variant="filled">
      {labels.measureStatuses[status]}
    </Badge>
  );
}
