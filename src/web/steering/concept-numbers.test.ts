import { describe, expect, it } from "vitest";
import { formatDecimalInput, parseDecimal, parseWholeNumber } from "./concept-numbers.js";

describe("parseDecimal", () => {
  it("reads German and English decimals and thousands", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal("1.500,50")).toBe(1500.5);
    expect(parseDecimal(" 1 500 ")).toBe(1500);
    expect(parseDecimal("-3")).toBe(-3);
  });

  it("answers undefined for nothing and NaN for no number", () => {
    expect(parseDecimal("  ")).toBeUndefined();
    expect(parseDecimal("zwölf")).toBeNaN();
    expect(parseDecimal("1,2,3")).toBeNaN();
  });
});

describe("parseWholeNumber", () => {
  it("reads digits only", () => {
    expect(parseWholeNumber("2022")).toBe(2022);
    expect(parseWholeNumber("")).toBeUndefined();
    expect(parseWholeNumber("20.5")).toBeNaN();
  });
});

describe("formatDecimalInput", () => {
  it("writes the language's decimal sign", () => {
    expect(formatDecimalInput(12.5, "de")).toBe("12,5");
    expect(formatDecimalInput(12.5, "en")).toBe("12.5");
    expect(formatDecimalInput(null, "de")).toBe("");
  });
});
