import type { TConceptMeasureStatus } from "../../common/steering/concept.js";
import type { TConceptMeasure } from "../../common/steering/concept-view-schemas.js";
import { formatDecimalInput, parseDecimal, parseWholeNumber } from "./concept-numbers.js";

/** A measure as its form holds it. */
export type TMeasureValues = {
  number: string;
  title: string;
  description: string;
  responsibleOrganisationId: string;
  partnerOrganisationIds: string[];
  otherPartners: string;
  municipalityAgs: string[];
  startsOn: string;
  endsOn: string;
  status: TConceptMeasureStatus;
  budgetEur: string;
  progressNotes: string;
};

export const measureFields = [
  "number",
  "title",
  "description",
  "responsibleOrganisationId",
  "partnerOrganisationIds",
  "otherPartners",
  "municipalityAgs",
  "startsOn",
  "endsOn",
  "status",
  "budgetEur",
  "progressNotes",
] as const;

export function toMeasureValues(measure: TConceptMeasure | undefined, language: string | undefined): TMeasureValues {
  return {
    number: measure ? String(measure.number) : "",
    title: measure?.title ?? "",
    description: measure?.description ?? "",
    responsibleOrganisationId: measure?.responsibleOrganisation?.id ?? "",
    partnerOrganisationIds: measure?.partnerOrganisations.map((partner) => partner.id) ?? [],
    otherPartners: measure?.otherPartners ?? "",
    municipalityAgs: measure?.municipalityAgs ?? [],
    startsOn: measure?.startsOn ?? "",
    endsOn: measure?.endsOn ?? "",
    status: measure?.status ?? "planned",
    budgetEur: formatDecimalInput(measure?.budgetEur, language),
    progressNotes: measure?.progressNotes ?? "",
  };
}

/** The body for the shared schema; empty dates and budget are none, a new measure without number gets the next. */
export function toMeasureBody(values: TMeasureValues) {
  const number = parseWholeNumber(values.number);
  return {
    ...(number === undefined ? {} : { number }),
    title: values.title,
    description: values.description,
    responsibleOrganisationId: values.responsibleOrganisationId === "" ? null : values.responsibleOrganisationId,
    partnerOrganisationIds: values.partnerOrganisationIds,
    otherPartners: values.otherPartners,
    municipalityAgs: values.municipalityAgs,
    startsOn: values.startsOn === "" ? null : values.startsOn,
    endsOn: values.endsOn === "" ? null : values.endsOn,
    status: values.status,
    budgetEur: parseDecimal(values.budgetEur) ?? null,
    progressNotes: values.progressNotes,
  };
}
