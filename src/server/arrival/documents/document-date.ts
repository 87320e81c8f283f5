import type { TDocumentLanguage } from "../../../common/arrival/document-schemas.js";

/**
 * Today in Berlin, written out in the document's language: in the Gregorian calendar (Persian would
 * default to the Solar Hijri one) and with Western digits, as on every German form the person gets.
 */
export function formatDocumentDate(language: TDocumentLanguage, now = new Date()): string {
  return new Intl.DateTimeFormat(`${language}-u-ca-gregory-nu-latn`, {
    dateStyle: "long",
    timeZone: "Europe/Berlin",
  }).format(now);
}
