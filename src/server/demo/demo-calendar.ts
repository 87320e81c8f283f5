/**
 * Demo data is dated relative to one fixed day, not to today, so that a seed gives the same data
 * whenever it runs. Ages, arrival dates and course starts are all measured from here.
 */
export const DEMO_REFERENCE_DATE = "2026-10-01";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC); plain integers keep a million dates cheap. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function parseIsoDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;
}

export function toIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export type TDateParts = { year: number; month: number; day: number };

export function toDateParts(dayNumber: number): TDateParts {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const referenceDay = parseIsoDay(DEMO_REFERENCE_DATE);
export const referenceYear = toDateParts(referenceDay).year;
