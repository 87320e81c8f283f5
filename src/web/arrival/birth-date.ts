/** A date of birth known to the year, the month or the day (the person record's birthYear/Month/Day). */
export type TPartialBirthDate = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

const pad = (value: number) => String(value).padStart(2, "0");

/** "1988", "03/1988", or the full date in the UI's format (formatDate takes YYYY-MM-DD); undefined when unknown. */
export function formatBirthDate(
  { birthYear, birthMonth, birthDay }: TPartialBirthDate,
  formatDate: (isoDate: string) => string,
): string | undefined {
  if (birthYear === null) return undefined;
  if (birthMonth === null) return String(birthYear);
  if (birthDay === null) return `${pad(birthMonth)}/${birthYear}`;
  return formatDate(`${birthYear}-${pad(birthMonth)}-${pad(birthDay)}`);
}

function ageOn(today: string, year: number, month: number, day: number): number {
  const [thisYear, thisMonth, thisDay] = today.split("-").map(Number) as [number, number, number];
  const hasHadBirthday = thisMonth > month || (thisMonth === month && thisDay >= day);
  return Math.max(0, thisYear - year - (hasHadBirthday ? 0 : 1));
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The age on `today` (YYYY-MM-DD): one number when the known part of the date decides it, else the
 * youngest and oldest the person can be (a year of birth alone leaves two possible ages).
 */
export function ageRange(birth: TPartialBirthDate, today: string): { min: number; max: number } | undefined {
  const { birthYear: year, birthMonth: month, birthDay: day } = birth;
  if (year === null) return undefined;
  const max = ageOn(today, year, month ?? 1, day ?? 1);
  const latestMonth = month ?? 12;
  const min = ageOn(today, year, latestMonth, day ?? lastDayOfMonth(year, latestMonth));
  return { min, max };
}
