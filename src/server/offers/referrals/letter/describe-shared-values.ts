import { contactChannels } from "../../../../common/arrival/person.js";
import type {
  TReferralFieldCode,
  TReferralLetterLanguage,
  TReferralSharedData,
} from "../../../../common/offers/referral-schemas.js";
import { isolateLeftToRight } from "../../../platform/pdf/bidi-runs.js";
import type { TReferralLetterData } from "./referral-letter-data.js";
import type { TReferralLetterText } from "./referral-letter-texts.js";

/** Markdown stars in entered text would turn bold; values are printed as entered, left to right inside Arabic. */
export function asEntered(text: string): string {
  return isolateLeftToRight(text.replaceAll("*", "∗"));
}

/** A language's name in the letter's language (ICU knows them all); an unknown tag as it is. */
function nameLanguage(tag: string, language: TReferralLetterLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A date of birth as far as it is known: the whole date, month and year, or the year. */
function formatBirth(birth: NonNullable<TReferralSharedData["date_of_birth"]>, language: TReferralLetterLanguage) {
  if (birth.year === null) return null;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(`${language}-u-ca-gregory-nu-latn`, { ...options, timeZone: "UTC" }).format(
      new Date(Date.UTC(birth.year ?? 0, (birth.month ?? 1) - 1, birth.day ?? 1, 12)),
    );
  if (birth.month === null) return String(birth.year);
  if (birth.day === null) return format({ year: "numeric", month: "long" });
  return format({ dateStyle: "long" });
}

type TLine = { label: keyof TReferralLetterText["fields"]; value: string | null };

function describeField(
  code: TReferralFieldCode,
  data: TReferralLetterData,
  language: TReferralLetterLanguage,
  text: TReferralLetterText,
): TLine[] {
  const shared = data.sharedData;
  const entered = (value: string | null | undefined) => (value ? asEntered(value) : null);
  switch (code) {
    case "name":
      return [
        { label: "name", value: entered(`${shared.name?.givenName ?? ""} ${shared.name?.familyName ?? ""}`.trim()) },
      ];
    case "date_of_birth": {
      const birth = shared.date_of_birth ? formatBirth(shared.date_of_birth, language) : null;
      return [{ label: "dateOfBirth", value: birth === null ? null : isolateLeftToRight(birth) }];
    }
    case "contact": {
      const contact = shared.contact;
      const channel = contactChannels.find((candidate) => candidate === contact?.preferredChannel);
      return [
        { label: "address", value: entered([contact?.street, contact?.postalCode].filter(Boolean).join(", ")) },
        { label: "phone", value: entered(contact?.phone) },
        { label: "email", value: entered(contact?.email) },
        { label: "preferredChannel", value: channel ? text.channels[channel] : null },
      ];
    }
    case "languages": {
      const spoken = (shared.languages?.spoken ?? []).map(
        ({ language: tag, level }) =>
          `${nameLanguage(tag, language)} (${level === "native" ? text.nativeLevel : isolateLeftToRight(level)})`,
      );
      const preferred = shared.languages?.preferred;
      return [
        { label: "preferredLanguage", value: preferred ? nameLanguage(preferred, language) : null },
        { label: "spokenLanguages", value: spoken.length > 0 ? spoken.join(", ") : null },
      ];
    }
    case "german_level":
      return [{ label: "germanLevel", value: entered(shared.german_level) }];
    case "residence_category":
      return [{ label: "residenceCategory", value: entered(data.residenceCategoryName) }];
    case "need": {
      const need = shared.need;
      const field = need ? (text.fieldsOfAction[need.fieldOfAction] ?? need.fieldOfAction) : null;
      return [{ label: "need", value: need ? `${field} (${asEntered(need.code)})` : null }];
    }
  }
}

/**
 * The shared values as labelled list items, in the field set's order and nothing outside it; a
 * value the file does not hold says so, instead of leaving the reader to guess.
 */
export function describeSharedValues(
  data: TReferralLetterData,
  language: TReferralLetterLanguage,
  text: TReferralLetterText,
): string[] {
  return data.fieldCodes
    .flatMap((code) => describeField(code, data, language, text))
    .map(({ label, value }) => `**${text.fields[label]}:** ${value ?? text.notGiven}`);
}
