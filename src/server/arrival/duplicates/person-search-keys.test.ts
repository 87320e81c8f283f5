import { describe, expect, it } from "vitest";
import { personSearchKeys } from "./person-search-keys.js";

describe("person search keys", () => {
  it("shares family keys between transliterations and scripts, but not through particles", () => {
    const passport = personSearchKeys([{ givenName: "Mohammed", familyName: "Al-Hassan" }]);
    const other = personSearchKeys([{ givenName: "Muhammad", familyName: "Alhassan" }]);
    expect(passport.familyKeys.filter((key) => other.familyKeys.includes(key))).not.toEqual([]);
    expect(passport.givenKeys.filter((key) => other.givenKeys.includes(key))).not.toEqual([]);
    const unrelated = personSearchKeys([{ givenName: "Omar", familyName: "Al-Khatib" }]);
    expect(passport.familyKeys.filter((key) => unrelated.familyKeys.includes(key))).toEqual([]);
  });

  it("covers every name of the person, the original script included", () => {
    const keys = personSearchKeys([
      { givenName: "Oleksandr", familyName: "Kovalenko" },
      { givenName: "Олександр", familyName: "Коваленко" },
    ]);
    const russian = personSearchKeys([{ givenName: "Aleksandr", familyName: "Kowalenko" }]);
    expect(keys.givenKeys.some((key) => russian.givenKeys.includes(key))).toBe(true);
    expect(keys.familyKeys.some((key) => russian.familyKeys.includes(key))).toBe(true);
    expect(keys.familyNormalised).toBe("kovalenko");
  });

  it("gives an empty name no keys", () => {
    expect(personSearchKeys([{ givenName: "", familyName: "" }])).toEqual({
      givenKeys: [],
      familyKeys: [],
      familyNormalised: "",
    });
  });
});
