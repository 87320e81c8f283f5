import { describe, expect, it } from "vitest";
import { ZPlaceInput } from "../../../common/portal/place-schemas.js";
import {
  createEmptyPlaceValues,
  createSlot,
  placeFormFields,
  slotsOfWeekday,
  toPlaceField,
  toPlaceInput,
} from "./place-form-values.js";

describe("place form values", () => {
  it("turn into a body the shared schema accepts, empty coordinates as null", () => {
    const values = {
      ...createEmptyPlaceValues("034590005"),
      category: "library" as const,
      municipalityAgs: "03459008",
      texts: [{ language: "de", name: "Stadtbibliothek", description: "" }],
      openingHours: [createSlot(1, "09:00", "12:00"), createSlot(1, "14:00", "18:00")],
    };
    const parsed = ZPlaceInput.safeParse(toPlaceInput(values));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ ownerUnitKey: "034590005", latitude: null, street: null });
    expect(parsed.data?.openingHours).toEqual([
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 1, opens: "14:00", closes: "18:00" },
    ]);
  });

  it("show an overlap at the slot's own input, found by its index in the whole list", () => {
    const values = {
      ...createEmptyPlaceValues("district"),
      category: "library" as const,
      municipalityAgs: "03459008",
      texts: [{ language: "de", name: "Bibliothek", description: "" }],
      openingHours: [createSlot(2, "09:00", "12:00"), createSlot(1, "09:00", "12:00"), createSlot(1, "11:00", "13:00")],
    };
    const parsed = ZPlaceInput.safeParse(toPlaceInput(values));
    const paths = parsed.error?.issues.map((issue) => toPlaceField(issue.path.map(String)));
    expect(paths).toEqual(["openingHours.2.opens"]);
    expect(placeFormFields(values)).toContain("openingHours.2.opens");
    expect(slotsOfWeekday(values.openingHours, 1).map(({ index }) => index)).toEqual([1, 2]);
    expect(toPlaceField(["contactIds", "3"])).toBe("contactIds");
  });
});
