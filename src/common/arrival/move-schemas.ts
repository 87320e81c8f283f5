import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { moveKinds, moveOutReasons } from "./person.js";
import { todayInBerlin } from "./person-input-schemas.js";

const ZMoveCommon = {
  movedOn: z.iso.date(),
  purpose: z.string().trim().min(1).max(200).optional(),
};

/**
 * A move: within the district it hands the person over to the municipality they moved to, with a
 * note for the desk that takes over; out of the district it ends their registration here.
 */
export const ZPersonMove = z
  .discriminatedUnion("kind", [
    z.strictObject({
      ...ZMoveCommon,
      kind: z.literal("within_district"),
      toMunicipalityAgs: z.string().regex(/^\d{8}$/),
      /** What the receiving desk needs to know: open matters, appointments, agreements. */
      note: z.string().trim().min(1).max(2000),
    }),
    z.strictObject({
      ...ZMoveCommon,
      kind: z.literal("out_of_district"),
      reason: z.enum(moveOutReasons),
      note: z.string().trim().min(1).max(2000).nullable().default(null),
    }),
  ])
  .superRefine((move, context) => {
    if (move.movedOn > todayInBerlin()) addFieldIssue(context, "date_in_future", ["movedOn"], move.movedOn);
  });
export type TPersonMove = z.output<typeof ZPersonMove>;

export const ZPersonMoveEntry = z
  .object({
    id: z.uuid(),
    kind: z.enum(moveKinds),
    movedOn: z.string(),
    fromMunicipalityAgs: z.string(),
    fromSince: z.string().nullable(),
    toMunicipalityAgs: z.string().nullable(),
    reason: z.enum(moveOutReasons).nullable(),
    note: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: "PersonMove" });
export type TPersonMoveEntry = z.infer<typeof ZPersonMoveEntry>;

/** Where the person lived when, oldest first; `until` null is where they live now. */
export const ZResidenceHistory = z
  .object({
    periods: z.array(
      z.object({ municipalityAgs: z.string(), since: z.string().nullable(), until: z.string().nullable() }),
    ),
    moves: z.array(ZPersonMoveEntry),
  })
  .meta({ id: "ResidenceHistory" });
export type TResidenceHistory = z.infer<typeof ZResidenceHistory>;
