import type { TCurrentUser } from "../../common/platform/session-schemas.js";

/** Whose portal content an editor keeps: a municipal unit's key, or null for the district. */
export type TContentOwnerOption = { unitKey: string | null; name: string };

/** The value of the district in owner selects and the `owner` list filter. */
export const districtOwnerValue = "district";

/**
 * The owners the user edits, after the server's content reach (src/server/portal/places/content-reach.ts):
 * content editors of the district keep district-wide content, those of a municipal unit the unit's.
 * The API decides; this only fills the owner choices.
 */
export function findEditableOwners(user: TCurrentUser): TContentOwnerOption[] {
  const owners = new Map<string, TContentOwnerOption>();
  for (const membership of user.memberships) {
    if (membership.role !== "content_editor") continue;
    if (membership.organisationKind === "district") {
      owners.set(districtOwnerValue, { unitKey: null, name: membership.organisationName });
    } else if (membership.organisationKind === "municipal_unit" && membership.municipalUnitKey !== null) {
      owners.set(membership.municipalUnitKey, {
        unitKey: membership.municipalUnitKey,
        name: membership.organisationName,
      });
    }
  }
  return [...owners.values()];
}

export const toOwnerValue = (unitKey: string | null) => unitKey ?? districtOwnerValue;

export const fromOwnerValue = (value: string) => (value === districtOwnerValue ? null : value);

/** The owner's name for a list column; a key outside the user's owners shows as it is. */
export function describeOwner(owners: readonly TContentOwnerOption[], unitKey: string | null): string {
  return owners.find((owner) => owner.unitKey === unitKey)?.name ?? unitKey ?? districtOwnerValue;
}

/** An owner as the media library and page copying use it: its `owner` value, unit key and name. */
export type TContentOwner = { owner: string; ownerUnitKey: string | null; name: string };

export function contentOwnersOf(user: TCurrentUser): TContentOwner[] {
  return findEditableOwners(user).map((option) => ({
    owner: toOwnerValue(option.unitKey),
    ownerUnitKey: option.unitKey,
    name: option.name,
  }));
}
