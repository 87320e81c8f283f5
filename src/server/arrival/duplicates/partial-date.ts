/** A birth date as far as it is known: many documents carry only the year, some year and month. */
export type TPartialDate = { year: number | null; month: number | null; day: number | null };

/** How two birth dates relate, from "the same" to "cannot be the same person's". */
export type TBirthDateComparison =
  | "equal"
  | "compatible"
  | "day_month_swapped"
  | "one_digit_off"
  | "different"
  | "unknown";

/** The components that mean something: a day without a month (or a month without a year) says nothing. */
type TKnownParts = { year: number; month: number | null; day: number | null };

function knownParts(date: TPartialDate): TKnownParts | null {
  if (date.year === null) return null;
  const month = date.month;
  return { year: date.year, month, day: month === null ? null : date.day };
}

/** Neither side contradicts the other: each component is equal or missing on one side. */
function agrees(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

/** How many digits differ when both values are written with the given width (1990 → "1990", 5 → "05"). */
function differingDigits(a: number | null, b: number | null, width: number): number {
  if (a === null || b === null) return 0;
  const left = String(a).padStart(width, "0");
  const right = String(b).padStart(width, "0");
  if (left.length !== right.length) return width;
  return [...left].filter((digit, index) => digit !== right[index]).length;
}

function isDayMonthSwap(a: TKnownParts, b: TKnownParts): boolean {
  return a.year === b.year && a.day !== null && a.day === b.month && a.month === b.day && a.day !== a.month;
}

/**
 * Compares two birth dates the way a clerk reading two records would: equal, one less precise than the
 * other (1990 and 1990-05-12), day and month swapped (1990-05-12 and 1990-12-05, the US order), one
 * digit mistyped (1990-05-12 and 1990-05-13, 1990 and 1991), or different. "unknown" when a year is missing.
 */
export function compareBirthDates(a: TPartialDate, b: TPartialDate): TBirthDateComparison {
  const left = knownParts(a);
  const right = knownParts(b);
  if (left === null || right === null) return "unknown";
  if (left.year === right.year && left.month === right.month && left.day === right.day) return "equal";
  if (left.year === right.year && agrees(left.month, right.month) && agrees(left.day, right.day)) {
    return "compatible";
  }
  if (isDayMonthSwap(left, right)) return "day_month_swapped";
  const digits =
    differingDigits(left.year, right.year, 4) +
    differingDigits(left.month, right.month, 2) +
    differingDigits(left.day, right.day, 2);
  return digits === 1 ? "one_digit_off" : "different";
}
