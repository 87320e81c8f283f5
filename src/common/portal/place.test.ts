import { describe, expect, it } from "vitest";
import { berlinWeekdayAndTime, isOpenAt } from "./place.js";

describe("opening hours", () => {
  const slots = [{ weekday: 1, opens: "08:00", closes: "12:00" } as const];

  it("reads the weekday and time in Berlin, in winter and in summer time", () => {
    expect(berlinWeekdayAndTime(new Date("2026-12-07T09:00:00Z"))).toEqual({ weekday: 1, time: "10:00" });
    expect(berlinWeekdayAndTime(new Date("2026-07-06T06:30:00Z"))).toEqual({ weekday: 1, time: "08:30" });
    expect(berlinWeekdayAndTime(new Date("2026-12-06T23:30:00Z"))).toEqual({ weekday: 1, time: "00:30" });
  });

  it("is open from the opening minute until before the closing one", () => {
    expect(isOpenAt(slots, 1, "08:00")).toBe(true);
    expect(isOpenAt(slots, 1, "11:59")).toBe(true);
    expect(isOpenAt(slots, 1, "12:00")).toBe(false);
    expect(isOpenAt(slots, 2, "09:00")).toBe(false);
  });
});
