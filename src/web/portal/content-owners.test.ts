import { describe, expect, it } from "vitest";
import type { TCurrentUser } from "../../common/platform/session-schemas.js";
import { describeOwner, findEditableOwners, fromOwnerValue, toOwnerValue } from "./content-owners.js";

const user = (memberships: TCurrentUser["memberships"]): TCurrentUser => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "editor@example.org",
  displayName: "Editor",
  locale: "de",
  stage: "complete",
  memberships,
});

const membership = (
  organisationKind: "district" | "municipal_unit" | "provider",
  role: "content_editor" | "caseworker",
  municipalUnitKey: string | null,
  organisationName: string,
) => ({
  organisationId: "00000000-0000-4000-8000-000000000002",
  organisationName,
  organisationKind,
  municipalUnitKey,
  role,
});

describe("findEditableOwners", () => {
  it("offers the district and each unit the user edits content for, once", () => {
    const owners = findEditableOwners(
      user([
        membership("district", "content_editor", null, "Landkreis"),
        membership("municipal_unit", "content_editor", "034590005", "Bramsche"),
        membership("municipal_unit", "caseworker", "034590020", "Melle"),
        membership("provider", "content_editor", null, "Träger"),
      ]),
    );
    expect(owners).toEqual([
      { unitKey: null, name: "Landkreis" },
      { unitKey: "034590005", name: "Bramsche" },
    ]);
    expect(describeOwner(owners, "034590005")).toBe("Bramsche");
    expect(describeOwner(owners, "034590099")).toBe("034590099");
  });

  it("turns the district into the 'district' value and back", () => {
    expect(toOwnerValue(null)).toBe("district");
    expect(fromOwnerValue("district")).toBeNull();
    expect(fromOwnerValue("034590005")).toBe("034590005");
  });
});
