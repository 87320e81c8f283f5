import { conceptMeasureStatuses, type TConceptMeasureStatus } from "../../../common/steering/concept.js";

/**
 * The workbook layout a concept period is exported in and imported from (docs/steering.md, "Import and
 * export"): three sheets, a heading row each, columns found by their heading. The headings are German, as
 * the concept documents they carry are.
 */

export const conceptSheetNames = {
  statements: "Handlungsfelder",
  subGoals: "Teilziele",
  measures: "Maßnahmen",
} as const;
export type TConceptSheet = (typeof conceptSheetNames)[keyof typeof conceptSheetNames];

type TColumn = { header: string; width: number; isExportOnly?: boolean };

export const statementColumns = {
  fieldOfActionCode: { header: "Handlungsfeld", width: 18 },
  fieldOfActionName: { header: "Name", width: 32, isExportOnly: true },
  guidingPrinciple: { header: "Leitbild", width: 60 },
  challenges: { header: "Herausforderungen", width: 60 },
} as const satisfies Record<string, TColumn>;

/** The targets follow the baseline, one column per year of the period ("Ziel 2018" …). */
export const subGoalColumns = {
  fieldOfActionCode: { header: "Handlungsfeld", width: 18 },
  number: { header: "Teilziel", width: 9 },
  title: { header: "Bezeichnung", width: 50 },
  indicatorDescription: { header: "Indikator", width: 40 },
  indicatorKey: { header: "Indikator-Schlüssel", width: 24 },
  indicatorUnit: { header: "Einheit", width: 10 },
  baselineValue: { header: "Ausgangswert", width: 13 },
  baselineYear: { header: "Ausgangsjahr", width: 13 },
  baselineSource: { header: "Quelle des Ausgangswerts", width: 30 },
  responsibleOrganisation: { header: "Verantwortlich", width: 30 },
} as const satisfies Record<string, TColumn>;

export const measureColumns = {
  fieldOfActionCode: { header: "Handlungsfeld", width: 18 },
  subGoalNumber: { header: "Teilziel", width: 9 },
  number: { header: "Maßnahme", width: 10 },
  title: { header: "Bezeichnung", width: 50 },
  description: { header: "Beschreibung", width: 50 },
  responsibleOrganisation: { header: "Verantwortlich", width: 30 },
  partnerOrganisations: { header: "Partnerorganisationen", width: 40 },
  otherPartners: { header: "Weitere Partner", width: 30 },
  municipalityAgs: { header: "Gemeinden (AGS)", width: 30 },
  startsOn: { header: "Beginn", width: 12 },
  endsOn: { header: "Ende", width: 12 },
  status: { header: "Status", width: 12 },
  budgetEur: { header: "Budget (EUR)", width: 14 },
  progressNotes: { header: "Fortschritt", width: 50 },
} as const satisfies Record<string, TColumn>;

export const targetHeaderPrefix = "Ziel ";
export const targetColumnWidth = 10;

export function targetHeader(year: number): string {
  return `${targetHeaderPrefix}${year}`;
}

/** The year of a target column's heading, or null for any other heading. */
export function targetYearOf(header: string): number | null {
  const match = /^Ziel (\d{4})$/.exec(header.trim());
  return match ? Number(match[1]) : null;
}

/** Lists in one cell (partner organisations, municipalities) are separated by semicolons. */
export const listSeparator = "; ";

/** The columns an import needs: every one the export writes except those only there for reading. */
export function requiredHeaders(columns: Record<string, TColumn>): string[] {
  return Object.values(columns)
    .filter((column) => !("isExportOnly" in column && column.isExportOnly))
    .map((column) => column.header);
}

/** A measure's status as the sheet shows it; an import takes these or the API's codes. */
export const measureStatusLabels: Record<TConceptMeasureStatus, string> = {
  planned: "geplant",
  running: "läuft",
  done: "abgeschlossen",
  stopped: "eingestellt",
};

export function measureStatusOf(text: string): TConceptMeasureStatus | null {
  const wanted = text.trim().toLowerCase();
  const found = conceptMeasureStatuses.find((status) => status === wanted || measureStatusLabels[status] === wanted);
  return found ?? null;
}
