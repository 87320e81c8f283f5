/**
 * One workbook cell as text, the same text for the same value whatever the user's locale: numbers with a
 * point and no exponent, dates as ISO 8601. Formulas are never calculated here; the result Excel saved with
 * the file is used, and a formula without a saved result gives an empty cell.
 */

/** Excel keeps 15 significant digits; further digits are binary noise (0.1 + 0.2 = 0.30000000000000004). */
const excelPrecision = 15;

/** Writes "1e+21" or "1e-7" out in full, as a spreadsheet user would type the number. */
function withoutExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = "", lead = "", fraction = "", exponent = "0"] = match;
  const digits = lead + fraction;
  // String() only uses an exponent from 1e21 up and below 1e-6, so the point is never inside the digits.
  const pointPosition = 1 + Number(exponent);
  return pointPosition <= 0
    ? `${sign}0.${"0".repeat(-pointPosition)}${digits}`
    : `${sign}${digits}${"0".repeat(pointPosition - digits.length)}`;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return withoutExponent(String(Number(value.toPrecision(excelPrecision))));
}

/**
 * Whole numbers with a format of only zeros keep their leading zeros, as Excel shows them: German postcodes
 * such as 01067 are often stored as the number 1067 with the format "00000".
 */
function formatNumberCell(value: number, numberFormat: string | undefined): string {
  if (numberFormat !== undefined && /^0+$/.test(numberFormat) && Number.isInteger(value) && value >= 0) {
    return formatNumber(value).padStart(numberFormat.length, "0");
  }
  return formatNumber(value);
}

/**
 * exceljs gives dates as the wall-clock time in UTC. Midnight gives the day alone; a time on Excel's day zero
 * (1899-12-30) is a time-only cell and gives the clock alone; seconds appear only when they are not zero.
 */
export function formatDateTime(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return "";
  // Serial numbers carry float noise of a few microseconds; Excel shows the nearest second.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const clock = iso.slice(11, 19);
  if (clock === "00:00:00") return day;
  const shortClock = clock.endsWith(":00") ? clock.slice(0, 5) : clock;
  return day === "1899-12-30" ? shortClock : `${day}T${shortClock}`;
}

function richTextOf(parts: readonly unknown[]): string {
  return parts
    .map((part) => (typeof part === "object" && part !== null && "text" in part ? cellText(part.text) : ""))
    .join("");
}

/**
 * Takes the value as exceljs holds it at run time, which is looser than its typings (a hyperlink's text can be
 * rich text, for instance), hence `unknown`.
 */
export function cellText(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumberCell(value, numberFormat);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value !== "object") return "";
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? cellText(value.result, numberFormat) : "";
  }
  if ("richText" in value && Array.isArray(value.richText)) return richTextOf(value.richText);
  if ("error" in value) return cellText(value.error);
  // A hyperlink: the text the user sees, not the address behind it.
  if ("text" in value) return cellText(value.text);
  return "";
}
