import { z } from "zod";
import { ZNullableText, ZRequiredText, ZVersion, ZYear } from "./concept-schemas.js";

/**
 * An indicator value entered by hand for a sub-goal (official statistics, a survey): for a year or
 * one month of it, district-wide or for one municipal administration, always with its source.
 */
export const ZIndicatorValueNew = z.strictObject({
  year: ZYear,
  month: z.number().int().min(1).max(12).nullable().default(null),
  municipalUnitKey: z.string().min(1).max(20).nullable().default(null),
  value: z.number().finite(),
  source: ZRequiredText(500, "concept_value_source_required"),
  note: ZNullableText(2000),
});
export type TIndicatorValueInput = z.input<typeof ZIndicatorValueNew>;
export type TIndicatorValueFields = z.output<typeof ZIndicatorValueNew>;

export const ZIndicatorValueUpdate = ZIndicatorValueNew.extend({ version: ZVersion });
export type TIndicatorValueUpdate = z.output<typeof ZIndicatorValueUpdate>;

export const ZIndicatorValue = z.object({
  id: z.string(),
  subGoalId: z.string(),
  year: z.number().int(),
  month: z.number().int().nullable(),
  municipalUnitKey: z.string().nullable(),
  municipalUnitName: z.string().nullable(),
  value: z.number(),
  source: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZIndicatorValueList = z.object({ items: z.array(ZIndicatorValue) });
