import type { TAgeGroup } from "../../../common/arrival/household-schemas.js";

type TPartialBirth = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

/**
 * Full years on `today` (YYYY-MM-DD). A partial date is taken at the middle of what is known:
 * 1 July for a year alone, the 15th for a year and month. Unknown year: null.
 */
export function ageOn({ birthYear, birthMonth, birthDay }: TPartialBirth, today: string): number | null {
  if (birthYear === null) return null;
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const bornMonth = birthMonth ?? 7;
  const bornDay = birthMonth === null ? 1 : (birthDay ?? 15);
  const hadBirthday = month > bornMonth || (month === bornMonth && day >= bornDay);
  return Math.max(0, year - birthYear - (hadBirthday ? 0 : 1));
}

/**
 * Lower Saxony: a Kita place is a right from the first birthday until school; school is compulsory
 * from six, and in vocational form up to eighteen.
 */
export function ageGroupOf(age: number | null): TAgeGroup | null {
  if (age === null) return null;
  if (age < 1) return "infant";
  if (age < 6) return "kita";
  if (age < 18) return "school";
  return "adult";
}
