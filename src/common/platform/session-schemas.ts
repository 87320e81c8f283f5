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
  role: z.enum(roles),
});

export const ZCurrentUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    memberships: z.array(ZMembership),
  })
  .meta({ id: "CurrentUser" });
export type TCurrentUser = z.infer<typeof ZCurrentUser>;
