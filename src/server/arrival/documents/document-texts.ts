import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { consentPurposes } from "../../../common/arrival/consent.js";
import { documentLanguages, type TDocumentLanguage } from "../../../common/arrival/document-schemas.js";

const textsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "texts");
const ZText = z.string().min(1);

export const welcomeSteps = [
  "registration",
  "healthInsurance",
  "bankAccount",
  "integrationCourse",
  "kita",
  "school",
  "counselling",
] as const;
export type TWelcomeStep = (typeof welcomeSteps)[number];

const ZWelcomeLetterText = z.strictObject({
  title: ZText,
  salutation: ZText,
  intro: ZText,
  contactHeading: ZText,
  contactMissing: ZText,
  districtHeading: ZText,
  labels: z.strictObject({ phone: ZText, email: ZText, website: ZText, openingHours: ZText }),
  stepsHeading: ZText,
  steps: z.strictObject(
    Object.fromEntries(welcomeSteps.map((step) => [step, ZText])) as Record<TWelcomeStep, typeof ZText>,
  ),
  closing: ZText,
  signOff: ZText,
  signature: ZText,
  /** Empty in German only: the letter in any other language says that it exists in German too. */
  germanNote: z.string(),
  germanSummaryHeading: ZText,
});
export type TWelcomeLetterText = z.infer<typeof ZWelcomeLetterText>;

const ZPurposeText = z.strictObject({ title: ZText, explanation: ZText });
const ZConsentFormText = z.strictObject({
  title: ZText,
  intro: ZText,
  nameLabel: ZText,
  purposes: z.strictObject(
    Object.fromEntries(consentPurposes.map((purpose) => [purpose, ZPurposeText])) as Record<
      (typeof consentPurposes)[number],
      typeof ZPurposeText
    >,
  ),
  yes: ZText,
  no: ZText,
  providersLabel: ZText,
  placeDate: ZText,
  signature: ZText,
  noticeInGerman: ZText,
  smallPrint: ZText,
});
export type TConsentFormText = z.infer<typeof ZConsentFormText>;

function readTexts<TSchema extends z.ZodType>(
  folder: string,
  schema: TSchema,
): Record<TDocumentLanguage, z.output<TSchema>> {
  const entries = documentLanguages.map((language) => {
    const file = path.join(textsDir, folder, `${language}.json`);
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${folder}/${language}.json: ${z.prettifyError(parsed.error)}`);
    return [language, parsed.data] as const;
  });
  return Object.fromEntries(entries) as Record<TDocumentLanguage, z.output<TSchema>>;
}

/** Read once at start: a missing or incomplete text stops the server instead of a letter with holes. */
export const welcomeLetterTexts = readTexts("welcome-letter", ZWelcomeLetterText);
export const consentFormTexts = readTexts("consent-form", ZConsentFormText);

/** Fills `{{name}}` placeholders; a placeholder without a value is an error in our texts. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no value for {{${key}}}`);
    return value;
  });
}
