import { describe, expect, it } from "vitest";
import { toBerlinDateAndTime, toBerlinInstant } from "./berlin-time.js";

describe("Berlin wall clock", () => {
  it("adds winter and summer offsets", () => {
    expect(toBerlinInstant("2027-01-12", "18:00")).toBe("2027-01-12T18:00:00+01:00");
    expect(toBerlinInstant("2027-07-12", "09:30")).toBe("2027-07-12T09:30:00+02:00");
    expect(toBerlinInstant("2027-07-12", "")).toBeNull();
  });

  it("reads instants back as Berlin date and time", () => {
    expect(toBerlinDateAndTime("2027-07-12T07:30:00Z")).toEqual({ date: "2027-07-12", time: "09:30" });
    expect(toBerlinDateAndTime("2027-01-12T17:00:00.000Z")).toEqual({ date: "2027-01-12", time: "18:00" });
  });
});
