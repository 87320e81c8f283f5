import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  agreementChannels,
  goalStatuses,
  measureStatuses,
  planStatuses,
  responsibleKinds,
} from "../../../common/counselling/plan.js";
import { planDocumentLanguages, type TPlanDocumentLanguage } from "../../../common/counselling/plan-schemas.js";

const textsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "texts", "integration-plan");
const ZText = z.string().min(1);

/** One text per value of a fixed list, none missing, none extra. */
function textPerValue<const TValue extends string>(values: readonly TValue[]) {
  return z.strictObject(Object.fromEntries(values.map((value) => [value, ZText])) as Record<TValue, typeof ZText>);
}

const ZPlanDocumentText = z.strictObject({
  title: ZText,
  /** Empty in German only: the plan in any other language says that the German one counts. */
  germanNote: z.string(),
  nameLabel: ZText,
  createdLabel: ZText,
  statusLabel: ZText,
  planStatuses: textPerValue(planStatuses),
  agreementHeading: ZText,
  agreedOn: ZText,
  agreedWith: ZText,
  notAgreed: ZText,
  changedSinceAgreement: ZText,
  agreementChannels: textPerValue(agreementChannels),
  nextReview: ZText,
  goalsHeading: ZText,
  noGoals: ZText,
  noMeasures: ZText,
  /** Names of the fields of action by code; a code without one is printed with its German reference name. */
  fieldsOfAction: z.record(z.string(), ZText),
  goalLabel: ZText,
  goalStatuses: textPerValue(goalStatuses),
  measureStatuses: textPerValue(measureStatuses),
  statusOfGoal: ZText,
  responsibleLabel: ZText,
  responsibleKinds: textPerValue(responsibleKinds),
  dueLabel: ZText,
  measureStatusLabel: ZText,
  signatureHeading: ZText,
  signatureIntro: ZText,
  placeDate: ZText,
  signaturePerson: ZText,
  signatureCaseworker: ZText,
});
export type TPlanDocumentText = z.infer<typeof ZPlanDocumentText>;

function readPlanTexts(): Record<TPlanDocumentLanguage, TPlanDocumentText> {
  const entries = planDocumentLanguages.map((language) => {
    const file = path.join(textsDir, `${language}.json`);
    const parsed = ZPlanDocumentText.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`integration-plan/${language}.json: ${z.prettifyError(parsed.error)}`);
    return [language, parsed.data] as const;
  });
  return Object.fromEntries(entries) as Record<TPlanDocumentLanguage, TPlanDocumentText>;
}

/** Read once at start: a missing or incomplete text stops the server instead of a plan with holes. */
export const planDocumentTexts = readPlanTexts();
