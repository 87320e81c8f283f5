import { describe, expect, it } from "vitest";
import { cellText, formatDateTime, formatNumber } from "./xlsx-cell-text.js";

describe("formatNumber", () => {
  it.each([
    [12345, "12345"],
    [1.5, "1.5"],
    [-2.25, "-2.25"],
    [0, "0"],
    [-0, "0"],
    [0.1 + 0.2, "0.3"],
    [4915112345678, "4915112345678"],
    [1e21, "1000000000000000000000"],
    [-2.5e22, "-25000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [1e-7, "0.0000001"],
    [Number.NaN, ""],
    [Number.POSITIVE_INFINITY, ""],
  ])("writes %d as %j", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("formatDateTime", () => {
  it.each([
    [new Date(Date.UTC(1990, 4, 17)), "1990-05-17"],
    [new Date(Date.UTC(2024, 0, 2, 14, 30)), "2024-01-02T14:30"],
    [new Date(Date.UTC(2024, 0, 2, 14, 30, 15)), "2024-01-02T14:30:15"],
    // Float noise of a serial number just below midnight and just below a full minute.
    [new Date(Date.UTC(1990, 4, 17) - 1), "1990-05-17"],
    [new Date(Date.UTC(2024, 0, 2, 8, 14, 59, 999)), "2024-01-02T08:15"],
    // A time-only cell sits on Excel's day zero.
    [new Date(Date.UTC(1899, 11, 30, 7, 45)), "07:45"],
    [new Date(Number.NaN), ""],
  ])("writes %s as %j", (date, text) => {
    expect(formatDateTime(date)).toBe(text);
  });
});

describe("cellText", () => {
  it.each([
    ["text as is", "  Müller ", undefined, "  Müller "],
    ["empty", null, undefined, ""],
    ["missing", undefined, undefined, ""],
    ["number", 12345, "General", "12345"],
    ["postcode with zero format", 1067, "00000", "01067"],
    ["zero format on a fraction", 10.5, "00000", "10.5"],
    ["true", true, undefined, "true"],
    ["false", false, undefined, "false"],
    ["date", new Date(Date.UTC(2001, 0, 1)), "dd.mm.yyyy", "2001-01-01"],
    ["rich text", { richText: [{ text: "Mül" }, { text: "ler", font: { bold: true } }] }, undefined, "Müller"],
    ["hyperlink", { text: "Antrag", hyperlink: "https://example.org/a" }, undefined, "Antrag"],
    [
      "hyperlink with rich text",
      { text: { richText: [{ text: "An" }, { text: "trag" }] }, hyperlink: "x" },
      undefined,
      "Antrag",
    ],
    ["formula with result", { formula: "1+1", result: 2 }, undefined, "2"],
    ["formula without result", { formula: "A1&B1" }, undefined, ""],
    ["formula with date result", { formula: "B2", result: new Date(Date.UTC(1990, 4, 17)) }, undefined, "1990-05-17"],
    ["formula with text result", { formula: "A1", result: "Ada" }, undefined, "Ada"],
    ["shared formula", { sharedFormula: "C2", result: 4 }, undefined, "4"],
    ["formula with zero-format result", { formula: "A1", result: 1067 }, "00000", "01067"],
    ["error", { error: "#N/A" }, undefined, "#N/A"],
    ["formula with error result", { formula: "1/0", result: { error: "#DIV/0!" } }, undefined, "#DIV/0!"],
    ["unknown object", { something: 1 }, undefined, ""],
  ])("turns %s into text", (_, value, numberFormat, text) => {
    expect(cellText(value, numberFormat)).toBe(text);
  });
});
