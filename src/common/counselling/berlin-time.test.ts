import { describe, expect, it } from "vitest";
import { berlinLocalToIso, isoToBerlinLocal } from "./berlin-time.js";

describe("Europe/Berlin wall-clock times", () => {
  it("converts summer and winter times to instants and back", () => {
    expect(berlinLocalToIso("2031-07-01", "10:00")).toBe("2031-07-01T08:00:00.000Z");
    expect(berlinLocalToIso("2031-01-15", "14:30")).toBe("2031-01-15T13:30:00.000Z");
    expect(isoToBerlinLocal("2031-07-01T08:00:00.000Z")).toEqual({ date: "2031-07-01", time: "10:00" });
    expect(isoToBerlinLocal("2031-01-15T23:30:00.000Z")).toEqual({ date: "2031-01-16", time: "00:30" });
  });

  it("handles the days the clocks change", () => {
    expect(berlinLocalToIso("2031-03-30", "01:30")).toBe("2031-03-30T00:30:00.000Z");
    expect(berlinLocalToIso("2031-03-30", "03:30")).toBe("2031-03-30T01:30:00.000Z");
    expect(berlinLocalToIso("2031-10-26", "04:00")).toBe("2031-10-26T03:00:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    expect(berlinLocalToIso("2031-02-30", "10:00")).toBeNull();
    expect(berlinLocalToIso("2031-07-01", "24:00")).toBeNull();
    expect(berlinLocalToIso("", "10:00")).toBeNull();
    expect(berlinLocalToIso("2031-07-01", "")).toBeNull();
  });
});
