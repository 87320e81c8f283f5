import { describe, expect, it } from "vitest";
import { computeRatio, readPercentile, summarizeLatencies } from "./percentiles.js";

describe("readPercentile", () => {
  const samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it("picks the nearest rank without interpolating", () => {
    expect(readPercentile(samples, 50)).toBe(5);
    expect(readPercentile(samples, 95)).toBe(10);
    expect(readPercentile(samples, 91)).toBe(10);
    expect(readPercentile(samples, 90)).toBe(9);
    expect(readPercentile(samples, 100)).toBe(10);
    expect(readPercentile(samples, 0)).toBe(1);
  });

  it("answers NaN for no samples", () => {
    expect(readPercentile([], 50)).toBeNaN();
  });
});

describe("summarizeLatencies", () => {
  it("sorts numerically, not as strings", () => {
    const summary = summarizeLatencies([10, 9, 100, 2, 1]);
    expect(summary).toEqual({ count: 5, p50Ms: 9, p95Ms: 100, p99Ms: 100, maxMs: 100 });
  });
});

describe("computeRatio", () => {
  it("divides subject by baseline", () => {
    expect(computeRatio(3, 2)).toBe(1.5);
  });

  it("has no ratio against a zero or missing baseline", () => {
    expect(computeRatio(3, 0)).toBeUndefined();
    expect(computeRatio(3, Number.NaN)).toBeUndefined();
  });
});
