import { z } from "zod";

export const ZFirstContactWorklistQuery = z.strictObject({
  municipalityAgs: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TFirstContactWorklistQuery = z.infer<typeof ZFirstContactWorklistQuery>;

export const ZFirstContactWorklist = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        givenName: z.string(),
        familyName: z.string(),
        municipalityAgs: z.string(),
        /** Arrival in the municipality, else the day of registration. */
        waitingSince: z.string(),
        daysWaited: z.number().int(),
        isOverdue: z.boolean(),
      }),
    ),
    total: z.number().int(),
    overdue: z.number().int(),
    targetDays: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "FirstContactWorklist" });
export type TFirstContactWorklist = z.infer<typeof ZFirstContactWorklist>;
