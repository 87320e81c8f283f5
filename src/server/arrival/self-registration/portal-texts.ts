import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import ar from "./texts/ar.json" with { type: "json" };
import bg from "./texts/bg.json" with { type: "json" };
import de from "./texts/de.json" with { type: "json" };
import deEasy from "./texts/de-x-easy.json" with { type: "json" };
import en from "./texts/en.json" with { type: "json" };
import fa from "./texts/fa.json" with { type: "json" };
import pl from "./texts/pl.json" with { type: "json" };
import ro from "./texts/ro.json" with { type: "json" };
import ru from "./texts/ru.json" with { type: "json" };
import tr from "./texts/tr.json" with { type: "json" };
import uk from "./texts/uk.json" with { type: "json" };

/** The portal's texts, one catalogue per language; German names every key (portal-texts.test.ts checks the rest). */
export type TPortalTexts = typeof de;
export type TPortalTextKey = keyof TPortalTexts;

export const portalTexts: Record<TPortalLanguage, TPortalTexts> = {
  de,
  "de-x-easy": deEasy,
  en,
  uk,
  ar,
  tr,
  ru,
  fa,
  ro,
  bg,
  pl,
};

/** A text with its `{name}` placeholders filled in. */
export function formatPortalText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
