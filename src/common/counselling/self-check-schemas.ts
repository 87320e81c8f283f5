import { z } from "zod";
import { portalLanguages } from "../arrival/self-registration.js";

export const selfCheckStates = ["open", "submitted", "expired", "revoked"] as const;
export type TSelfCheckState = (typeof selfCheckStates)[number];

export const ZSelfCheckInvite = z.object({ language: z.enum(portalLanguages) });

export const ZSelfCheckInvitation = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  language: z.enum(portalLanguages),
  state: z.enum(selfCheckStates),
  createdAt: z.string(),
  expiresAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type TSelfCheckInvitation = z.infer<typeof ZSelfCheckInvitation>;

/** A new invitation: the portal path with its token is shown once (to print or hand over), never stored. */
export const ZSelfCheckInvitationCreated = ZSelfCheckInvitation.extend({ path: z.string() });
export type TSelfCheckInvitationCreated = z.infer<typeof ZSelfCheckInvitationCreated>;

export const ZSelfCheckInvitationList = z.object({ items: z.array(ZSelfCheckInvitation) });
export type TSelfCheckInvitationList = z.infer<typeof ZSelfCheckInvitationList>;

export const ZSelfCheckInvitationId = z.object({ invitationId: z.uuid() });

/** How long a self-check link works. */
export const selfCheckLifetimeDays = 14;
