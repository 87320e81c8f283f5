import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import type { TDiffValue, TOfferDiffEntry } from "../../../common/offers/offer-schemas.js";

type TTranslation = TOfferContent["translations"][number];
const translationFields = ["title", "description", "prerequisites", "costNote"] as const;

const isEmpty = (value: TDiffValue) => value === null || (Array.isArray(value) && value.length === 0);
const isSame = (before: TDiffValue, after: TDiffValue) => JSON.stringify(before) === JSON.stringify(after);

function compare(field: string, language: string | null, before: TDiffValue, after: TDiffValue): TOfferDiffEntry[] {
  if (isSame(before, after) || (isEmpty(before) && isEmpty(after))) return [];
  const change = isEmpty(before) ? "added" : isEmpty(after) ? "removed" : "changed";
  return [{ field, language, change, before, after }];
}

function compareTexts(before: TTranslation | undefined, after: TTranslation | undefined): TOfferDiffEntry[] {
  const language = (after ?? before)?.language ?? null;
  return translationFields.flatMap((field) =>
    compare(field, language, before?.[field] ?? null, after?.[field] ?? null),
  );
}

/**
 * What a submitted content changes against the content in force, field by field and per language
 * (both already sanitised). Against nothing (an offer never published) every given field is added.
 */
export function diffOfferContent(before: TOfferContent | null, after: TOfferContent): TOfferDiffEntry[] {
  const { translations: afterTexts, ...afterFields } = after;
  const beforeFields: Partial<Record<string, TDiffValue>> = before ? { ...before, translations: null } : {};
  const entries = Object.entries(afterFields).flatMap(([field, value]) =>
    compare(field, null, beforeFields[field] ?? null, value),
  );
  const beforeTexts = new Map((before?.translations ?? []).map((text) => [text.language, text]));
  const afterByLanguage = new Map(afterTexts.map((text) => [text.language, text]));
  const languages = [...new Set([...afterByLanguage.keys(), ...beforeTexts.keys()])];
  return [
    ...entries,
    ...languages.flatMap((language) => compareTexts(beforeTexts.get(language), afterByLanguage.get(language))),
  ];
}
