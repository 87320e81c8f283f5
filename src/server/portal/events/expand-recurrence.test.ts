import { describe, expect, it } from "vitest";
import { parseRecurrenceRule, type TRecurrenceRule } from "../../../common/portal/recurrence-rule.js";
import { expandRecurrence } from "./expand-recurrence.js";

function ruleOf(text: string): TRecurrenceRule {
  const parsed = parseRecurrenceRule(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.rule;
}

const range = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };
const berlin = (iso: string) => ({ start: new Date(iso), durationMs: 3_600_000, zone: "Europe/Berlin" as const });

describe("parseRecurrenceRule", () => {
  it("accepts the supported subset", () => {
    expect(ruleOf("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4")).toMatchObject({
      frequency: "WEEKLY",
      interval: 2,
      count: 4,
    });
    expect(ruleOf("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231").until?.toISOString()).toBe("2026-12-31T23:59:59.000Z");
  });

  it.each([
    ["FREQ=YEARLY", "FREQ YEARLY"],
    ["FREQ=WEEKLY;BYSETPOS=1", "BYSETPOS"],
    ["FREQ=WEEKLY;COUNT=2;UNTIL=20260101", "COUNT+UNTIL"],
    ["FREQ=WEEKLY;BYDAY=2TU", "BYDAY 2TU"],
    ["FREQ=DAILY;INTERVAL=0", "INTERVAL"],
    ["FREQ=WEEKLY;BYDAY=XX", "BYDAY XX"],
    ["FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL"],
  ])("refuses %s naming %s", (text, reason) => {
    expect(parseRecurrenceRule(text)).toEqual({ ok: false, reason });
  });
});

describe("expandRecurrence", () => {
  it("expands weekly BYDAY with COUNT, keeping the local time across the change to summer time", () => {
    const starts = expandRecurrence(
      berlin("2026-03-17T17:00:00Z"),
      ruleOf("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5"),
      range,
    ).map((occurrence) => occurrence.start.toISOString());
    expect(starts).toEqual([
      "2026-03-17T17:00:00.000Z",
      "2026-03-19T17:00:00.000Z",
      "2026-03-24T17:00:00.000Z",
      "2026-03-26T17:00:00.000Z",
      "2026-03-31T16:00:00.000Z",
    ]);
  });

  it("stops at UNTIL, inclusive", () => {
    const starts = expandRecurrence(
      berlin("2026-06-01T08:00:00Z"),
      ruleOf("FREQ=DAILY;INTERVAL=2;UNTIL=20260605T080000Z"),
      range,
    );
    expect(starts.map((occurrence) => occurrence.start.getUTCDate())).toEqual([1, 3, 5]);
  });

  it("finds the last Friday of each month and skips months without the start's day", () => {
    const lastFridays = expandRecurrence(
      berlin("2026-01-30T10:00:00Z"),
      ruleOf("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"),
      range,
    );
    expect(lastFridays.map((occurrence) => occurrence.start.toISOString().slice(0, 10))).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
    ]);
    const thirtyFirsts = expandRecurrence(berlin("2026-01-31T10:00:00Z"), ruleOf("FREQ=MONTHLY;COUNT=3"), range);
    expect(thirtyFirsts.map((occurrence) => occurrence.start.toISOString().slice(0, 10))).toEqual([
      "2026-01-31",
      "2026-03-31",
      "2026-05-31",
    ]);
  });

  it("returns only what overlaps the range, at most the limit", () => {
    const daily = ruleOf("FREQ=DAILY");
    const window = { from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-02-04T00:00:00Z") };
    expect(expandRecurrence(berlin("2026-01-01T09:00:00Z"), daily, window)).toHaveLength(3);
    expect(expandRecurrence(berlin("2026-01-01T09:00:00Z"), daily, range, 500)).toHaveLength(365);
    expect(expandRecurrence(berlin("2026-01-01T09:00:00Z"), daily, range, 10)).toHaveLength(10);
  });
});
