/**
 * Numbers as people type them in German or English: "12,5" and "12.5" are both twelve and a half;
 * with a comma, dots are thousands separators ("1.500,50"). Empty is undefined (nothing entered),
 * anything else that is no number NaN, which the shared schemas refuse with a message.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replaceAll(/\s/g, "");
  if (trimmed === "") return undefined;
  const normalised = trimmed.includes(",") ? trimmed.replaceAll(".", "").replace(",", ".") : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A whole number (a year, a sub-goal's number); empty is undefined, anything else NaN. */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A stored number back into a field, with the language's decimal sign and no thousands separators. */
export function formatDecimalInput(value: number | null | undefined, language: string | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return language === "de" ? text.replace(".", ",") : text;
}
