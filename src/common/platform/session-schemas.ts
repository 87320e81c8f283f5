import { z } from "zod";
import { organisationKinds, roles } from "./organisations.js";

export const ZLoginRequest = z
  .strictObject({
    email: z.email().max(320),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: "LoginRequest" });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZMembership = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
  /** For municipal units: the administration's key (the owner of its portal content); otherwise null. */
  municipalUnitKey: z.string().nullable(),
  role: z.enum(roles),
});

/**
 * How far the session got: "complete", or waiting for the second factor — a code from the user's
 * authenticator ("second_factor_required") or, for a user who has none yet, its enrolment
 * ("enrolment_required"). Until complete, memberships are empty and only the second-factor routes work.
 */
export const sessionStages = ["complete", "second_factor_required", "enrolment_required"] as const;
export const ZSessionStage = z.enum(sessionStages);
export type TSessionStage = z.infer<typeof ZSessionStage>;

export const ZCurrentUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    stage: ZSessionStage,
    memberships: z.array(ZMembership),
  })
  .meta({ id: "CurrentUser" });
export type TCurrentUser = z.infer<typeof ZCurrentUser>;
