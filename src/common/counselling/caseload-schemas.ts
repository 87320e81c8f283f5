import { z } from "zod";
import { caseStatuses } from "./case-schemas.js";

/** The caseload's views: my cases, every case in my care, and who still waits for a first interview. */
export const caseloadViews = ["mine", "all", "waiting_first_interview"] as const;
export type TCaseloadView = (typeof caseloadViews)[number];

export const ZCaseloadQuery = z.strictObject({
  view: z.enum(caseloadViews).default("mine"),
  /** A case status, or "none" for persons without a case that is not closed. */
  status: z.enum([...caseStatuses, "none"]).optional(),
  fieldOfAction: z.string().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TCaseloadQuery = z.output<typeof ZCaseloadQuery>;

export const ZCaseloadItem = z.object({
  personId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  municipalityAgs: z.string(),
  arrivedOn: z.string().nullable(),
  caseStatus: z.enum(caseStatuses).nullable(),
  assigneeName: z.string().nullable(),
  deskName: z.string().nullable(),
  lastAssessmentOn: z.string().nullable(),
  /** Fields of action of the person's open needs. */
  needFields: z.array(z.string()),
});
export type TCaseloadItem = z.infer<typeof ZCaseloadItem>;

export const ZCaseload = z.object({
  items: z.array(ZCaseloadItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TCaseload = z.infer<typeof ZCaseload>;
