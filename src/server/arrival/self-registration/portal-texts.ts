import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import ar from "./texts/ar.json" with { type: "json" };
import de from "./texts/de.json" with { type: "json" };
import en from "./texts/en.json" with { type: "json" };
import uk from "./texts/uk.json" with { type: "json" };

/** The portal's texts, one catalogue per language; German names every key (portal-texts.test.ts checks the rest). */
export type TPortalTexts = typeof de;
export type TPortalTextKey = keyof TPortalTexts;

export const portalTexts: Record<TPortalLanguage, TPortalTexts> = { de, en, uk, ar };

export const portalDirections: Record<TPortalLanguage, "ltr" | "rtl"> = { de: "ltr", en: "ltr", uk: "ltr", ar: "rtl" };

/** A text with its `{name}` placeholders filled in. */
export function formatPortalText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
