import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { sexes } from "./person.js";

const ZOptionalNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

/** A name (and what else is known) to look for in the registry before registering someone. */
export const ZDuplicateQuery = z
  .strictObject({
    givenName: z.string().trim().max(200).default(""),
    familyName: z.string().trim().max(200).default(""),
    birthYear: ZOptionalNumber(1800, 2200),
    birthMonth: ZOptionalNumber(1, 12),
    birthDay: ZOptionalNumber(1, 31),
    sex: z.enum(sexes).optional(),
    /** Leave this person out (checking an existing record against the others). */
    excludeId: z.uuid().optional(),
  })
  .superRefine((query, context) => {
    if (query.givenName === "" && query.familyName === "") {
      addFieldIssue(context, "name_required", ["familyName"], query.familyName);
    }
  });
export type TDuplicateQuery = z.output<typeof ZDuplicateQuery>;

export const matchReasons = [
  "name_equal",
  "names_swapped",
  "name_spelling_variant",
  "name_part_missing",
  "name_similar",
  "birth_equal",
  "birth_compatible",
  "birth_day_month_swapped",
  "birth_one_digit_off",
  "birth_different",
  "sex_different",
] as const;

export const ZDuplicateCandidate = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    otherNames: z.array(z.object({ givenName: z.string(), familyName: z.string() })),
    birthYear: z.number().int().nullable(),
    birthMonth: z.number().int().nullable(),
    birthDay: z.number().int().nullable(),
    municipalityAgs: z.string(),
    score: z.number().int().min(0).max(100),
    isLikelyDuplicate: z.boolean(),
    reasons: z.array(z.enum(matchReasons)),
  })
  .meta({ id: "DuplicateCandidate" });

export const ZDuplicateCandidates = z
  .object({ candidates: z.array(ZDuplicateCandidate) })
  .meta({ id: "DuplicateCandidates" });
export type TDuplicateCandidates = z.infer<typeof ZDuplicateCandidates>;
