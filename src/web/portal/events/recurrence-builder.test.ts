import { describe, expect, it } from "vitest";
import { parseRecurrenceRule } from "../../../common/portal/recurrence-rule.js";
import { buildRecurrenceRule, noRecurrence, readRecurrenceRule } from "./recurrence-builder.js";

describe("recurrence builder", () => {
  it("writes no rule for a single event", () => {
    expect(buildRecurrenceRule(noRecurrence)).toBeNull();
  });

  it("writes weekly rules with weekdays in week order, an interval and a count", () => {
    const rule = buildRecurrenceRule({
      ...noRecurrence,
      frequency: "WEEKLY",
      interval: 2,
      weekdays: ["TH", "TU"],
      end: "count",
      count: 8,
    });
    expect(rule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8");
    expect(parseRecurrenceRule(rule ?? "").ok).toBe(true);
  });

  it("writes the last Friday of every month until a date", () => {
    const rule = buildRecurrenceRule({
      ...noRecurrence,
      frequency: "MONTHLY",
      monthlyMode: "weekday",
      ordinal: "-1",
      ordinalWeekday: "FR",
      end: "until",
      until: "2027-06-30",
    });
    expect(rule).toBe("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630");
    expect(parseRecurrenceRule(rule ?? "").ok).toBe(true);
  });

  it("reads its own rules back", () => {
    for (const rule of [
      "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10",
      "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270301",
      "FREQ=DAILY;INTERVAL=3",
    ]) {
      const values = readRecurrenceRule(rule);
      expect(values.customRule).toBeNull();
      expect(buildRecurrenceRule(values)).toBe(rule);
    }
  });

  it("keeps a rule it cannot show as custom text, unchanged", () => {
    for (const rule of ["FREQ=MONTHLY;BYDAY=1MO,3MO", "FREQ=WEEKLY;UNTIL=20270301T120000Z", "FREQ=YEARLY"]) {
      const values = readRecurrenceRule(rule);
      expect(values.customRule).toBe(rule);
      expect(buildRecurrenceRule(values)).toBe(rule);
    }
  });
});
