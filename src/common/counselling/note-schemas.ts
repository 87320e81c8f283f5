import { z } from "zod";

export const ZCaseNoteInput = z.strictObject({
  text: z.string().trim().min(1).max(10000),
  fieldOfAction: z.string().trim().min(1).max(50).nullable().default(null),
  /** Visible to its author only: never to colleagues, in exports or aggregates. */
  isConfidential: z.boolean().default(false),
});
export type TCaseNoteInput = z.output<typeof ZCaseNoteInput>;

export const ZCaseNote = z
  .object({
    id: z.uuid(),
    text: z.string(),
    fieldOfAction: z.string().nullable(),
    isConfidential: z.boolean(),
    authorName: z.string().nullable(),
    isOwn: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "CounsellingCaseNote" });
export type TCaseNote = z.infer<typeof ZCaseNote>;
