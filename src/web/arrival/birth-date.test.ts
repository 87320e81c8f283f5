import { describe, expect, test } from "vitest";
import { ageRange, formatBirthDate } from "./birth-date.js";

const germanDate = (isoDate: string) => isoDate.split("-").reverse().join(".");

describe("formatBirthDate", () => {
  test("shows only what is known", () => {
    expect(formatBirthDate({ birthYear: 1988, birthMonth: null, birthDay: null }, germanDate)).toBe("1988");
    expect(formatBirthDate({ birthYear: 1988, birthMonth: 3, birthDay: null }, germanDate)).toBe("03/1988");
    expect(formatBirthDate({ birthYear: 1988, birthMonth: 3, birthDay: 12 }, germanDate)).toBe("12.03.1988");
  });

  test("is undefined without a year", () => {
    expect(formatBirthDate({ birthYear: null, birthMonth: null, birthDay: null }, germanDate)).toBeUndefined();
  });
});

describe("ageRange", () => {
  const today = "2026-03-12";

  test("a full date gives one age, counting the birthday itself", () => {
    expect(ageRange({ birthYear: 1988, birthMonth: 3, birthDay: 12 }, today)).toEqual({ min: 38, max: 38 });
    expect(ageRange({ birthYear: 1988, birthMonth: 3, birthDay: 13 }, today)).toEqual({ min: 37, max: 37 });
  });

  test("a year alone leaves two possible ages", () => {
    expect(ageRange({ birthYear: 1988, birthMonth: null, birthDay: null }, today)).toEqual({ min: 37, max: 38 });
  });

  test("a month decides the age when it is not the current one", () => {
    expect(ageRange({ birthYear: 1988, birthMonth: 1, birthDay: null }, today)).toEqual({ min: 38, max: 38 });
    expect(ageRange({ birthYear: 1988, birthMonth: 3, birthDay: null }, today)).toEqual({ min: 37, max: 38 });
    expect(ageRange({ birthYear: 1988, birthMonth: 2, birthDay: null }, "2026-02-28")).toEqual({ min: 37, max: 38 });
  });

  test("a baby born this year is 0, and no year means no age", () => {
    expect(ageRange({ birthYear: 2026, birthMonth: null, birthDay: null }, today)).toEqual({ min: 0, max: 0 });
    expect(ageRange({ birthYear: null, birthMonth: null, birthDay: null }, today)).toBeUndefined();
  });
});
