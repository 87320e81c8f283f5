import { describe, expect, it } from "vitest";
import { editSimilarity, trigramSimilarity } from "./string-similarity.js";

describe("trigramSimilarity", () => {
  it("is 1 for the same words in any order and case", () => {
    expect(trigramSimilarity("Anna Schmidt", "schmidt anna")).toBe(1);
  });

  it("counts shared trigrams over all distinct trigrams, like pg_trgm", () => {
    // "word": "  w", " wo", "wor", "ord", "rd "; "words": "  w", " wo", "wor", "ord", "rds", "ds ".
    expect(trigramSimilarity("word", "words")).toBeCloseTo(4 / 7);
    // "ali": "  a", " al", "ali", "li "; "alina": "  a", " al", "ali", "lin", "ina", "na ".
    expect(trigramSimilarity("ali", "alina")).toBeCloseTo(3 / 7);
  });

  it("is 0 for nothing in common or empty text", () => {
    expect(trigramSimilarity("abc", "xyz")).toBe(0);
    expect(trigramSimilarity("", "")).toBe(0);
  });
});

describe("editSimilarity", () => {
  it("is 1 minus the Levenshtein distance over the longer length", () => {
    expect(editSimilarity("fatima", "fatma")).toBeCloseTo(5 / 6);
    expect(editSimilarity("hassan", "hussein")).toBeCloseTo(4 / 7);
    expect(editSimilarity("kitten", "sitting")).toBeCloseTo(4 / 7);
    expect(editSimilarity("same", "same")).toBe(1);
    expect(editSimilarity("", "")).toBe(1);
    expect(editSimilarity("abc", "")).toBe(0);
  });
});
