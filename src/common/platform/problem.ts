import { z } from "zod";

/** One field-level problem: where (JSON pointer into the request part) and what, in the user's language. */
export const ZFieldProblem = z.object({
  pointer: z.string().meta({ description: "JSON pointer into the request part, e.g. /body/email" }),
  detail: z.string(),
  code: z.string().meta({ description: "machine-readable kind of the problem, e.g. invalid_type" }),
  /** Where in an uploaded workbook, for problems of a file's rows (the concept import). */
  sheet: z.string().optional(),
  row: z.number().int().optional().meta({ description: "the row number as the spreadsheet shows it" }),
  column: z.string().optional().meta({ description: "the column's heading in the sheet's first row" }),
});
export type TFieldProblem = z.infer<typeof ZFieldProblem>;

/** RFC 9457 problem details as every KommMit API error is returned (application/problem+json). */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(ZFieldProblem).optional(),
  })
  .meta({ id: "Problem" });
export type TProblem = z.infer<typeof ZProblem>;

export const problemTypes = {
  validation: "urn:kommmit:problem:validation-failed",
  malformedJson: "urn:kommmit:problem:malformed-json",
  blank: "about:blank",
} as const;
