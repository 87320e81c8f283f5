import { z } from "zod";
import { organisationKinds, roles, type TOrganisationKind, type TRole } from "./organisations.js";
import { ZNewPassword } from "./password-schemas.js";

export const userActions = [
  "list",
  "read",
  "invite",
  "update",
  "manage_memberships",
  "deactivate",
  "reactivate",
] as const;
export type TUserAction = (typeof userActions)[number];

/** invited: has not accepted the invitation yet; deactivated: may not log in. */
export const userStatuses = ["active", "invited", "deactivated"] as const;
export type TUserStatus = (typeof userStatuses)[number];

export const userLocales = ["de", "en"] as const;
export type TUserLocale = (typeof userLocales)[number];

/** Roles a provider administrator may hand out, in their own provider only. */
export const providerRoles = ["provider_staff", "provider_admin"] as const;

const ZDisplayName = z.string().trim().min(2).max(200);

export const ZUserMembership = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
  role: z.enum(roles),
  /** The single sign-on provider whose role mapping grants it (set again at each login), or null if granted by hand. */
  singleSignOnProvider: z.string().nullable(),
  /** Whether the actor may revoke this membership (never one that single sign-on grants). */
  canRevoke: z.boolean(),
});
export type TUserMembership = z.infer<typeof ZUserMembership>;

export const ZUserSummary = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(userLocales),
    status: z.enum(userStatuses),
    createdAt: z.iso.datetime({ offset: true }),
    memberships: z.array(ZUserMembership),
    allowedActions: z.array(z.enum(userActions)),
  })
  .meta({ id: "UserSummary" });
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const userSorts = ["displayName", "email", "createdAt"] as const;

export const ZUserQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  organisationId: z.uuid().optional(),
  role: z.enum(roles).optional(),
  status: z.enum(userStatuses).optional(),
  sort: z.enum(userSorts).default("displayName"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TUserQuery = Partial<z.output<typeof ZUserQuery>>;

export const ZUserPage = z
  .object({
    items: z.array(ZUserSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    canInvite: z.boolean(),
  })
  .meta({ id: "UserPage" });
export type TUserPage = z.infer<typeof ZUserPage>;

export const ZUserUpdate = z
  .strictObject({ displayName: ZDisplayName.optional(), locale: z.enum(userLocales).optional() })
  .meta({ id: "UserUpdate" });
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZMembershipParams = z.strictObject({
  id: z.uuid(),
  organisationId: z.uuid(),
  role: z.enum(roles),
});

export const ZInvitation = z
  .strictObject({
    email: z.email().max(320),
    displayName: ZDisplayName,
    organisationId: z.uuid(),
    role: z.enum(roles),
    locale: z.enum(userLocales).default("de"),
  })
  .meta({ id: "Invitation" });
export type TInvitation = z.input<typeof ZInvitation>;

/** What the invitee sees before accepting: who invited them into what. */
export const ZInvitationPreview = z
  .object({ email: z.string(), displayName: z.string(), organisationNames: z.array(z.string()) })
  .meta({ id: "InvitationPreview" });
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZInvitationAcceptance = z
  .strictObject({ displayName: ZDisplayName.optional(), password: ZNewPassword })
  .meta({ id: "InvitationAcceptance" });
export type TInvitationAcceptance = z.infer<typeof ZInvitationAcceptance>;

/**
 * Which roles fit which kind of organisation. The API refuses other pairs, so that e.g. an
 * administrator role can never sit in a provider, where its provider admins could manage it.
 */
export const rolesByOrganisationKind: Record<TOrganisationKind, readonly TRole[]> = {
  district: [
    "administrator",
    "district_coordinator",
    "caseworker",
    "content_editor",
    "volunteer_coordinator",
    "auditor",
  ],
  municipal_unit: ["caseworker", "content_editor", "volunteer_coordinator"],
  provider: ["provider_staff", "provider_admin", "content_editor", "volunteer_coordinator"],
};

/** For actions whose path says everything (deactivate, grant a role): no body, or an empty object. */
export const ZEmptyBody = z.strictObject({}).nullish();
