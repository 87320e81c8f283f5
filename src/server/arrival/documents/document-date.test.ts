import { describe, expect, it } from "vitest";
import { formatDocumentDate } from "./document-date.js";

describe("the date of a document", () => {
  it("is the day in Berlin, Gregorian, with Western digits in every language", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    const now = new Date("2026-12-31T23:30:00Z");
    expect(formatDocumentDate("de", now)).toBe("1. Januar 2027");
    expect(formatDocumentDate("fa", now)).toContain("2027");
    expect(formatDocumentDate("ar", now)).toMatch(/^1 .+ 2027$/u);
  });
});
