import { z } from "zod";
import { organisationKinds } from "../platform/organisations.js";

export const handoverStates = ["pending", "accepted", "declined", "withdrawn"] as const;
export type THandoverState = (typeof handoverStates)[number];

export const ZHandoverRequest = z.strictObject({
  toOrganisationId: z.uuid(),
  toUserId: z.uuid().nullable().default(null),
  /** What the receiving desk needs to know: open matters, appointments, agreements. */
  note: z.string().trim().min(1).max(4000),
});
export type THandoverRequest = z.output<typeof ZHandoverRequest>;

export const ZHandoverDecline = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export type THandoverDecline = z.output<typeof ZHandoverDecline>;

export const ZHandoverId = z.strictObject({ handoverId: z.uuid() });

export const handoverBoxes = ["incoming", "outgoing"] as const;
export const ZHandoverListQuery = z.strictObject({
  box: z.enum(handoverBoxes).default("incoming"),
  state: z.enum(handoverStates).default("pending"),
});
export type THandoverListQuery = z.output<typeof ZHandoverListQuery>;

const ZDeskRef = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) });

export const ZHandover = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    state: z.enum(handoverStates),
    fromDesk: ZDeskRef,
    toDesk: ZDeskRef,
    toUser: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    note: z.string(),
    declineReason: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    /** The person's core data the receiving desk sees while the handover waits (ACCESS.md rule 5). */
    person: z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      birthYear: z.number().int().nullable(),
      municipalityAgs: z.string(),
    }),
  })
  .meta({ id: "CounsellingHandover" });
export type THandover = z.infer<typeof ZHandover>;
