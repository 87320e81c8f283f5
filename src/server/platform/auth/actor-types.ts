import type { TOrganisationKind, TProviderType, TRole } from "../../../common/platform/organisations.js";

/** One (organisation, role) the actor holds, with what the scope rules need to know of the organisation. */
export type TActorMembership = {
  organisationId: string;
  organisationKind: TOrganisationKind;
  role: TRole;
  /** For municipal units: which administration (its municipalities are covered). */
  municipalUnitKey: string | null;
  providerType: TProviderType | null;
};

/** Who is asking. Resolved once per API request before any handler runs. */
export type TActor =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; sessionToken: string; memberships: TActorMembership[] }
  | {
      kind: "api_token";
      tokenId: string;
      memberships: TActorMembership[];
      /** `resource:action` pairs the token was issued for; its role's policy still applies on top. */
      scopes: readonly string[];
    };

export type TAuthenticatedActor = Exclude<TActor, { kind: "anonymous" }>;

export function isAuthenticated(actor: TActor): actor is TAuthenticatedActor {
  return actor.kind !== "anonymous";
}

/** The user behind the actor, for audit events and "self" rules; tokens act for no user. */
export function actorUserId(actor: TActor): string | undefined {
  return actor.kind === "user" ? actor.userId : undefined;
}
