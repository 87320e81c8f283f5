import { z } from "zod";
import { organisationKinds, roles } from "./organisations.js";

export const apiTokenActions = ["list", "create", "revoke"] as const;
export const API_TOKEN_PREFIX = "kmt_";
/** A scope names one action of one resource's policy: `person:read`. */
export const ZApiTokenScope = z.string().regex(/^[a-z_]+:[a-z_]+$/, "resource:action");

export const ZApiTokenCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    organisationId: z.uuid(),
    role: z.enum(roles),
    scopes: z
      .array(ZApiTokenScope)
      .min(1)
      .max(200)
      .refine((scopes) => new Set(scopes).size === scopes.length, "each scope only once"),
    /** At most one year ahead; the server checks against its clock. */
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ApiTokenCreate" });
export type TApiTokenCreate = z.infer<typeof ZApiTokenCreate>;

export const ZApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    role: z.enum(roles),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime({ offset: true }),
    createdByName: z.string().nullable(),
    expiresAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
    allowedActions: z.array(z.enum(["revoke"])),
  })
  .meta({ id: "ApiToken" });
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZApiTokenList = z.array(ZApiToken);

/** The answer to creating a token: the only time the secret leaves the server. */
export const ZApiTokenCreated = ZApiToken.extend({
  secret: z.string().startsWith(API_TOKEN_PREFIX),
}).meta({ id: "ApiTokenCreated" });
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;

/** What the actor may issue: organisations with the roles allowed there, and every grantable scope. */
export const ZApiTokenOptions = z
  .object({
    organisations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(organisationKinds),
        roles: z.array(z.enum(roles)),
      }),
    ),
    scopes: z.array(z.object({ resource: z.string(), actions: z.array(z.string()) })),
  })
  .meta({ id: "ApiTokenOptions" });
export type TApiTokenOptions = z.infer<typeof ZApiTokenOptions>;
