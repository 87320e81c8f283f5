import type { z } from "zod";
import { renderFieldMessage, type TFieldMessageCode } from "../../../common/platform/field-messages.js";
import { problemTypes, type TFieldProblem } from "../../../common/platform/problem.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TApiLanguage } from "../../platform/http/request-language.js";
import { toFieldProblems } from "../../platform/http/validation.js";
import type { TConceptSheet } from "./concept-xlsx-layout.js";

/** Where a problem of an imported workbook lies: the sheet, the row as the spreadsheet numbers it, the column's heading. */
export type TImportPlace = { sheet: TConceptSheet; row?: number; column?: string };

function pointerOf({ sheet, row, column }: TImportPlace): string {
  const segments = [sheet, row, column].filter((segment) => segment !== undefined);
  return `/file/${segments.map((segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

/**
 * Collects every problem of an imported workbook, in the request's language, so the answer lists them all
 * at once (422 `conceptImportInvalid`, each entry with sheet, row and column besides the usual pointer).
 */
export class ConceptImportProblems {
  readonly items: TFieldProblem[] = [];

  constructor(private readonly language: TApiLanguage) {}

  add(place: TImportPlace, code: TFieldMessageCode): void {
    this.items.push({ pointer: pointerOf(place), ...place, code, detail: renderFieldMessage(code, this.language) });
  }

  /** A zod issue of a row's input, rendered as the API renders it for a JSON body. */
  addIssue(place: TImportPlace, issue: z.core.$ZodIssue): void {
    for (const { code, detail } of toFieldProblems("body", [issue], this.language)) {
      this.items.push({ pointer: pointerOf(place), ...place, code, detail });
    }
  }

  get hasAny(): boolean {
    return this.items.length > 0;
  }

  throwIfAny(): void {
    if (!this.hasAny) return;
    throw new HttpProblem(422, "conceptImportInvalid", { type: problemTypes.validation, errors: this.items });
  }
}
