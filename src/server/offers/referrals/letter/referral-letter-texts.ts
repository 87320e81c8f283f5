import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { contactChannels } from "../../../../common/arrival/person.js";
import { referralLetterLanguages, type TReferralLetterLanguage } from "../../../../common/offers/referral-schemas.js";

const textsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "texts");
const ZText = z.string().min(1);

/** One text per value of a fixed list, none missing, none extra. */
function textPerValue<const TValue extends string>(values: readonly TValue[]) {
  return z.strictObject(Object.fromEntries(values.map((value) => [value, ZText])) as Record<TValue, typeof ZText>);
}

const sharedValueLabels = [
  "name",
  "dateOfBirth",
  "address",
  "phone",
  "email",
  "preferredChannel",
  "preferredLanguage",
  "spokenLanguages",
  "germanLevel",
  "residenceCategory",
  "need",
] as const;

const ZReferralLetterText = z.strictObject({
  title: ZText,
  /** Empty in German only: the letter in the person's language says that it translates the German one. */
  germanNote: z.string(),
  caseworkerLabel: ZText,
  offerLabel: ZText,
  salutation: ZText,
  intro: ZText,
  purposeHeading: ZText,
  sharedHeading: ZText,
  fields: textPerValue(sharedValueLabels),
  channels: textPerValue(contactChannels),
  nativeLevel: ZText,
  notGiven: ZText,
  /** Names of the fields of action by code; a code without one is printed as it is. */
  fieldsOfAction: z.record(z.string(), ZText),
  labels: z.strictObject({ phone: ZText, email: ZText, website: ZText, openingHours: ZText }),
  closing: ZText,
  signOff: ZText,
});
export type TReferralLetterText = z.infer<typeof ZReferralLetterText>;

function readReferralLetterTexts(): Record<TReferralLetterLanguage, TReferralLetterText> {
  const entries = referralLetterLanguages.map((language) => {
    const file = path.join(textsDir, `${language}.json`);
    const parsed = ZReferralLetterText.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`referral-letter/${language}.json: ${z.prettifyError(parsed.error)}`);
    return [language, parsed.data] as const;
  });
  return Object.fromEntries(entries) as Record<TReferralLetterLanguage, TReferralLetterText>;
}

/** Read once at start: a missing or incomplete text stops the server instead of a letter with holes. */
export const referralLetterTexts = readReferralLetterTexts();
