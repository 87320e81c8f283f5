import type { TCurrentUser } from "../../common/platform/session-schemas.js";

/** An administration whose portal content the user edits: "district" or a municipal unit's key. */
export type TContentOwner = { owner: string; ownerUnitKey: string | null; name: string };

/**
 * The owners the user keeps content for, after the server's content policies (content editors of the
 * district or a municipal unit, their own organisation). The API decides; this only fills choices.
 */
export function contentOwnersOf(user: TCurrentUser): TContentOwner[] {
  const owners = user.memberships.flatMap((membership): TContentOwner[] => {
    if (membership.role !== "content_editor") return [];
    if (membership.organisationKind === "district") {
      return [{ owner: "district", ownerUnitKey: null, name: membership.organisationName }];
    }
    if (membership.organisationKind === "municipal_unit" && membership.municipalUnitKey) {
      const key = membership.municipalUnitKey;
      return [{ owner: key, ownerUnitKey: key, name: membership.organisationName }];
    }
    return [];
  });
  return owners.filter((entry, index) => owners.findIndex((other) => other.owner === entry.owner) === index);
}
