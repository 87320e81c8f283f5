import {
  parseRecurrenceRule,
  recurrenceWeekdays,
  type TRecurrenceWeekday,
} from "../../../common/portal/recurrence-rule.js";

export const recurrenceFrequencies = ["NONE", "DAILY", "WEEKLY", "MONTHLY"] as const;
export type TRecurrenceFrequency = (typeof recurrenceFrequencies)[number];

/** Which weekday of the month: first … fourth, or the last one. */
export const monthlyOrdinals = ["1", "2", "3", "4", "-1"] as const;
export type TMonthlyOrdinal = (typeof monthlyOrdinals)[number];

export const recurrenceEnds = ["never", "count", "until"] as const;
export type TRecurrenceEnd = (typeof recurrenceEnds)[number];

/**
 * The recurrence as the builder edits it. A rule the builder cannot show (several ordinal weekdays,
 * say, from an import) stays as its text in `customRule`, editable as it is.
 */
export type TRecurrenceValues = {
  frequency: TRecurrenceFrequency;
  interval: number | string;
  weekdays: TRecurrenceWeekday[];
  monthlyMode: "same_day" | "weekday";
  ordinal: TMonthlyOrdinal;
  ordinalWeekday: TRecurrenceWeekday;
  end: TRecurrenceEnd;
  count: number | string;
  /** YYYY-MM-DD, the last day an occurrence may fall on. */
  until: string;
  customRule: string | null;
};

export const noRecurrence: TRecurrenceValues = {
  frequency: "NONE",
  interval: 1,
  weekdays: [],
  monthlyMode: "same_day",
  ordinal: "1",
  ordinalWeekday: "MO",
  end: "never",
  count: 10,
  until: "",
  customRule: null,
};

/** The RRULE value for the builder's state; null when the event does not repeat. */
export function buildRecurrenceRule(values: TRecurrenceValues): string | null {
  if (values.customRule !== null) return values.customRule.trim() === "" ? null : values.customRule.trim();
  if (values.frequency === "NONE") return null;
  const parts = [`FREQ=${values.frequency}`];
  const interval = Number(values.interval);
  if (values.interval !== "" && interval !== 1) parts.push(`INTERVAL=${values.interval}`);
  if (values.frequency === "WEEKLY" && values.weekdays.length > 0) {
    const sorted = recurrenceWeekdays.filter((weekday) => values.weekdays.includes(weekday));
    parts.push(`BYDAY=${sorted.join(",")}`);
  }
  if (values.frequency === "MONTHLY" && values.monthlyMode === "weekday") {
    parts.push(`BYDAY=${values.ordinal}${values.ordinalWeekday}`);
  }
  if (values.end === "count") parts.push(`COUNT=${values.count}`);
  if (values.end === "until" && values.until !== "") parts.push(`UNTIL=${values.until.replaceAll("-", "")}`);
  return parts.join(";");
}

const toDateInput = (until: Date) => until.toISOString().slice(0, 10);

/** The builder's state for a stored rule; what the builder cannot show is kept as custom text. */
export function readRecurrenceRule(rule: string | null): TRecurrenceValues {
  if (rule === null) return noRecurrence;
  const custom = { ...noRecurrence, customRule: rule };
  const parsed = parseRecurrenceRule(rule);
  if (!parsed.ok) return custom;
  const { frequency, interval, byDay, count, until } = parsed.rule;
  const hasOrdinal = byDay.some((day) => day.ordinal !== null);
  const [firstDay] = byDay;
  const ordinal = monthlyOrdinals.find((candidate) => Number(candidate) === firstDay?.ordinal);
  if (frequency === "MONTHLY" && (byDay.length > 1 || (firstDay !== undefined && ordinal === undefined))) {
    return custom;
  }
  if (frequency === "WEEKLY" && hasOrdinal) return custom;
  const isMonthlyWeekday = frequency === "MONTHLY" && firstDay !== undefined && ordinal !== undefined;
  const values: TRecurrenceValues = {
    ...noRecurrence,
    frequency,
    interval,
    weekdays: frequency === "WEEKLY" ? byDay.map((day) => day.weekday) : [],
    monthlyMode: isMonthlyWeekday ? "weekday" : "same_day",
    ordinal: ordinal ?? noRecurrence.ordinal,
    ordinalWeekday: firstDay?.weekday ?? noRecurrence.ordinalWeekday,
    end: count !== null ? "count" : until !== null ? "until" : "never",
    count: count ?? noRecurrence.count,
    until: until === null ? "" : toDateInput(until),
  };
  // The builder writes UNTIL as a date; a rule it would write differently stays as it is.
  const rebuilt = buildRecurrenceRule(values);
  return rebuilt !== null && sameRule(rebuilt, rule) ? values : custom;
}

/** Two rules alike but for part order, case and the "RRULE:" prefix. */
function sameRule(left: string, right: string): boolean {
  const normalise = (rule: string) =>
    rule
      .trim()
      .toUpperCase()
      .replace(/^RRULE:/, "")
      .split(";")
      .filter((part) => !part.startsWith("WKST=") && part !== "INTERVAL=1")
      .sort()
      .join(";");
  return normalise(left) === normalise(right);
}
