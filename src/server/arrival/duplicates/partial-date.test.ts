import { describe, expect, it } from "vitest";
import { compareBirthDates, type TPartialDate } from "./partial-date.js";

function date(year: number | null, month: number | null = null, day: number | null = null): TPartialDate {
  return { year, month, day };
}

describe("compareBirthDates", () => {
  it("is unknown when either side has no year", () => {
    expect(compareBirthDates(date(null), date(1990, 5, 12))).toBe("unknown");
    expect(compareBirthDates(date(1990, 5, 12), date(null, 5, 12))).toBe("unknown");
    expect(compareBirthDates(date(null), date(null))).toBe("unknown");
  });

  it("is equal at every precision", () => {
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 5, 12))).toBe("equal");
    expect(compareBirthDates(date(1990, 5), date(1990, 5))).toBe("equal");
    expect(compareBirthDates(date(1990), date(1990))).toBe("equal");
  });

  it("ignores a day given without its month", () => {
    expect(compareBirthDates(date(1990, null, 12), date(1990))).toBe("equal");
  });

  it("is compatible when one side is less precise and does not contradict", () => {
    expect(compareBirthDates(date(1990), date(1990, 5, 12))).toBe("compatible");
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 5))).toBe("compatible");
    expect(compareBirthDates(date(1990, 5), date(1990))).toBe("compatible");
  });

  it("recognises day and month swapped", () => {
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 12, 5))).toBe("day_month_swapped");
    expect(compareBirthDates(date(1990, 1, 10), date(1990, 10, 1))).toBe("day_month_swapped");
  });

  it("recognises a single mistyped digit in day, month or year", () => {
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 5, 13))).toBe("one_digit_off");
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 6, 12))).toBe("one_digit_off");
    expect(compareBirthDates(date(1990, 5, 12), date(1991, 5, 12))).toBe("one_digit_off");
    expect(compareBirthDates(date(1990), date(1980))).toBe("one_digit_off");
    expect(compareBirthDates(date(1990, 5, 2), date(1990, 5, 22))).toBe("one_digit_off");
    expect(compareBirthDates(date(1990), date(1991, 5, 12))).toBe("one_digit_off");
  });

  it("is different otherwise", () => {
    expect(compareBirthDates(date(1990, 5, 12), date(1990, 5, 21))).toBe("different");
    expect(compareBirthDates(date(1990, 5, 12), date(1991, 5, 13))).toBe("different");
    expect(compareBirthDates(date(1990), date(1985))).toBe("different");
    expect(compareBirthDates(date(1990), date(2010))).toBe("different");
    expect(compareBirthDates(date(1990, 5), date(1990, 11, 1))).toBe("different");
  });
});
