import { expect, test } from "vitest";
import { isStaffLanguage, toStaffLanguage } from "./languages.js";

test("browser language tags map to the staff languages by their base language", () => {
  expect(toStaffLanguage("de-DE")).toBe("de");
  expect(toStaffLanguage("en-GB")).toBe("en");
  expect(toStaffLanguage(" EN ")).toBe("en");
  expect(toStaffLanguage("uk")).toBeUndefined();
});

test("isStaffLanguage accepts only the supported codes", () => {
  expect(isStaffLanguage("de")).toBe(true);
  expect(isStaffLanguage("de-DE")).toBe(false);
  expect(isStaffLanguage(undefined)).toBe(false);
});
