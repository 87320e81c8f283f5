import { z } from "zod";
import { ZPerson } from "./person-schemas.js";

export const ZPersonMergeRequest = z.strictObject({
  /** The other record of the same person; it is kept, marked merged into this one. */
  otherId: z.uuid(),
  purpose: z.string().trim().min(1).max(200).optional(),
});
export type TPersonMergeRequest = z.infer<typeof ZPersonMergeRequest>;

export const ZPersonMergeEntry = z
  .object({
    id: z.uuid(),
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    mergedAt: z.string(),
    undoneAt: z.string().nullable(),
    /** Undoing is possible until the survivor changes again. */
    canUndo: z.boolean(),
  })
  .meta({ id: "PersonMerge" });
export type TPersonMergeEntry = z.infer<typeof ZPersonMergeEntry>;

export const ZPersonMergeResult = z
  .object({ merge: ZPersonMergeEntry, survivor: ZPerson })
  .meta({ id: "PersonMergeResult" });
export type TPersonMergeResult = z.infer<typeof ZPersonMergeResult>;

export const ZPersonMergeId = z.strictObject({ id: z.uuid(), mergeId: z.uuid() });

/** Undoing takes no data but why, for the audit trail. */
export const ZPersonMergeUndo = z.strictObject({ purpose: z.string().trim().min(1).max(200).optional() });
