import { describe, expect, it } from "vitest";
import { ageGroupOf, ageOn } from "./person-age.js";

const born = (birthYear: number | null, birthMonth: number | null = null, birthDay: number | null = null) => ({
  birthYear,
  birthMonth,
  birthDay,
});

describe("age from a partial date of birth", () => {
  it("counts full years, the birthday itself included", () => {
    expect(ageOn(born(2020, 3, 12), "2026-03-11")).toBe(5);
    expect(ageOn(born(2020, 3, 12), "2026-03-12")).toBe(6);
  });

  it("takes the middle of what is known when the date is partial, and nothing without a year", () => {
    expect(ageOn(born(2020), "2026-06-30")).toBe(5);
    expect(ageOn(born(2020), "2026-07-01")).toBe(6);
    expect(ageOn(born(2020, 3), "2026-03-14")).toBe(5);
    expect(ageOn(born(2020, 3), "2026-03-15")).toBe(6);
    expect(ageOn(born(null), "2026-03-15")).toBeNull();
    expect(ageOn(born(2026, 12), "2026-03-15")).toBe(0);
  });

  it("groups by the needs of Lower Saxony: Kita from one, school from six, adult from eighteen", () => {
    expect([0, 1, 5, 6, 17, 18, null].map(ageGroupOf)).toEqual([
      "infant",
      "kita",
      "kita",
      "school",
      "school",
      "adult",
      null,
    ]);
  });
});
