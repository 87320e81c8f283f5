import { conceptPeriodTransitions, type TConceptPeriodStatus } from "../../common/steering/concept.js";
import type { TConceptOrganisationOption } from "../../common/steering/concept-organisation-schemas.js";
import type { TConceptPeriod } from "../../common/steering/concept-view-schemas.js";
import type { TMunicipality } from "../platform/reference-data/reference-queries.js";

/** What the period page hands to its parts: the period, what may be done, the choices, how to read again. */
export type TConceptEditing = {
  period: TConceptPeriod;
  /** Adding and changing parts: allowed by the API and the period not closed (closed periods are frozen). */
  canUpdate: boolean;
  canDelete: boolean;
  organisations: TConceptOrganisationOption[];
  municipalities: TMunicipality[];
  reload: () => void;
};

export function conceptEditingOf(
  period: TConceptPeriod,
  choices: Pick<TConceptEditing, "organisations" | "municipalities" | "reload">,
): TConceptEditing {
  const isOpen = period.status !== "closed";
  return {
    period,
    canUpdate: isOpen && period.allowedActions.includes("update"),
    canDelete: isOpen && period.allowedActions.includes("delete"),
    ...choices,
  };
}

/** The statuses a period may move to from its own (and staying); a new period is a draft or active. */
export function periodStatusChoices(current: TConceptPeriodStatus | undefined): TConceptPeriodStatus[] {
  if (current === undefined) return ["draft", "active"];
  return [current, ...conceptPeriodTransitions[current]];
}
