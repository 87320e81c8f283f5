import { z } from "zod";
import { householdRelations } from "./person.js";

/** Where a person stands by age, for the needs a household has: a Kita place, a school place. */
export const ageGroups = ["infant", "kita", "school", "adult"] as const;
export type TAgeGroup = (typeof ageGroups)[number];

export const ZHouseholdMember = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    birthYear: z.number().int().nullable(),
    birthMonth: z.number().int().nullable(),
    birthDay: z.number().int().nullable(),
    age: z
      .number()
      .int()
      .nullable()
      .meta({ description: "full years today; estimated mid-year or mid-month when the date is partial" }),
    ageGroup: z.enum(ageGroups).nullable(),
    relation: z.enum(householdRelations).nullable(),
    isSelf: z.boolean(),
  })
  .meta({ id: "HouseholdMember" });
export type THouseholdMember = z.infer<typeof ZHouseholdMember>;

export const ZHousehold = z
  .object({
    householdId: z.uuid().nullable(),
    /** The members the actor may see (others stay unmentioned, as elsewhere). */
    members: z.array(ZHouseholdMember),
  })
  .meta({ id: "Household" });
export type THousehold = z.infer<typeof ZHousehold>;

export const ZHouseholdChange = z.strictObject({
  /** Join this person's household (one is founded if they have none); null leaves the household. */
  withPersonId: z.uuid().nullable(),
  /** The person's relation within the household, seen from its head. */
  relation: z.enum(householdRelations).nullable().default(null),
  purpose: z.string().trim().min(1).max(200).optional(),
});
export type THouseholdChange = z.output<typeof ZHouseholdChange>;
