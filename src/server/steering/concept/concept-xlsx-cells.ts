import type { z } from "zod";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TConceptMeasureStatus } from "../../../common/steering/concept.js";
import { measureStatusOf, type TConceptSheet } from "./concept-xlsx-layout.js";
import type { ConceptImportProblems } from "./concept-xlsx-problems.js";
import type { TSheetRow } from "./concept-xlsx-read.js";

/** The district's organisations by name (lower case, trimmed); a name may belong to several. */
export type TOrganisationsByName = Map<string, string[]>;

export function organisationKeyOf(name: string): string {
  return name.trim().toLocaleLowerCase("de");
}

/** "12,5" as well as "12.5": a German user types the comma, the cell reader gives the point. */
const decimalPattern = /^-?\d+(?:[.,]\d+)?$/;
const germanDatePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * The cells of one sheet row, turned into the values an API input takes. Every cell that cannot be read is
 * reported at its column and gives null (the zod schema then reports nothing more for it); `isBad` says
 * whether any was.
 */
export class SheetRowReader {
  isBad = false;
  /** A cell reported as unreadable is not reported again by the schema (as a missing value). */
  private readonly reportedColumns = new Set<string>();

  constructor(
    readonly sheet: TConceptSheet,
    private readonly sheetRow: TSheetRow,
    private readonly problems: ConceptImportProblems,
  ) {}

  get row(): number {
    return this.sheetRow.row;
  }

  report(column: string | undefined, code: TFieldMessageCode): void {
    this.isBad = true;
    if (column !== undefined) this.reportedColumns.add(column);
    this.problems.add({ sheet: this.sheet, row: this.row, ...(column === undefined ? {} : { column }) }, code);
  }

  reportIssue(column: string | undefined, issue: z.core.$ZodIssue): void {
    this.isBad = true;
    if (column !== undefined && this.reportedColumns.has(column)) return;
    this.problems.addIssue({ sheet: this.sheet, row: this.row, ...(column === undefined ? {} : { column }) }, issue);
  }

  /** The cell as trimmed text, "" when empty. */
  text(header: string): string {
    return this.sheetRow.cells.get(header) ?? "";
  }

  number(header: string): number | null {
    const text = this.text(header).replaceAll(" ", "");
    if (text === "") return null;
    if (!decimalPattern.test(text)) {
      this.report(header, "concept_import_number_invalid");
      return null;
    }
    return Number(text.replace(",", "."));
  }

  /** A part's number, which the import finds the part by: a whole number from 1, required. */
  partNumber(header: string): number | null {
    const text = this.text(header);
    if (!/^\d{1,3}$/.test(text) || Number(text) < 1) {
      this.report(header, "concept_import_number_required");
      return null;
    }
    return Number(text);
  }

  /** A date cell (read as YYYY-MM-DD) or one typed as text, also in the German form 1.3.2019. */
  date(header: string): string | null {
    const text = this.text(header);
    if (text === "") return null;
    const german = germanDatePattern.exec(text);
    if (!german) return text;
    const [, day = "", month = "", year = ""] = german;
    return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  }

  list(header: string): string[] {
    return this.text(header)
      .split(";")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
  }

  /** Municipality keys; a key Excel turned into a number loses its leading zero (03… in Lower Saxony), restored here. */
  municipalityList(header: string): string[] {
    return this.list(header).map((ags) => (/^\d{7}$/.test(ags) ? ags.padStart(8, "0") : ags));
  }

  status(header: string): TConceptMeasureStatus | undefined {
    const text = this.text(header);
    if (text === "") return undefined;
    const status = measureStatusOf(text);
    if (status === null) this.report(header, "concept_import_status_unknown");
    return status ?? undefined;
  }

  private resolve(header: string, name: string, organisations: TOrganisationsByName): string | null {
    const ids = organisations.get(organisationKeyOf(name)) ?? [];
    if (ids.length === 1) return ids[0] ?? null;
    this.report(header, ids.length === 0 ? "concept_organisation_unknown" : "concept_import_organisation_ambiguous");
    return null;
  }

  organisation(header: string, organisations: TOrganisationsByName): string | null {
    const name = this.text(header);
    return name === "" ? null : this.resolve(header, name, organisations);
  }

  organisationList(header: string, organisations: TOrganisationsByName): string[] {
    return this.list(header).flatMap((name) => this.resolve(header, name, organisations) ?? []);
  }
}
