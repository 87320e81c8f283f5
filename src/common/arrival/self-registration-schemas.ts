import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { ZDuplicateCandidate } from "./duplicate-schemas.js";
import { sexes } from "./person.js";
import { ZPersonInput, ZPersonLanguageInput } from "./person-input-schemas.js";
import {
  emailConfirmationStates,
  portalConsentPurposes,
  portalLanguages,
  selfRegistrationStatuses,
} from "./self-registration.js";

const ZName = z.string().trim().max(200);
const ZOptionalText = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

/** The facts a newcomer gives about themselves: the person record's fields, least data only. */
const personPart = {
  municipalityAgs: z.string().regex(/^\d{8}$/),
  givenName: ZName,
  familyName: ZName,
  birthYear: z.number().int().min(1800).max(2200).nullable().default(null),
  birthMonth: z.number().int().min(1).max(12).nullable().default(null),
  birthDay: z.number().int().min(1).max(31).nullable().default(null),
  sex: z.enum(sexes).default("not_stated"),
  nationalities: z.array(z.string().trim().toUpperCase()).max(2).default([]),
  languages: z.array(ZPersonLanguageInput).max(12).default([]),
  arrivedInMunicipalityOn: z.iso.date().nullable().default(null),
  phone: ZOptionalText(30),
  email: z.email().max(254).nullable().default(null),
  preferredLanguage: z.string().trim().min(2).max(3).nullable().default(null),
};

export const ZConsentDecisions = z.strictObject(
  Object.fromEntries(portalConsentPurposes.map((purpose) => [purpose, z.boolean()])) as Record<
    (typeof portalConsentPurposes)[number],
    z.ZodBoolean
  >,
);

/**
 * A self-registration as the portal form or the public API sends it. The person's facts follow the
 * person record's own rules (ZPersonInput, checked here as a whole), so what staff confirm later is
 * a valid record. `formToken` is the signed token the form was rendered with; `website` is the
 * honeypot that people never see and bots fill in.
 */
export const ZSelfRegistrationRequest = z
  .strictObject({
    ...personPart,
    language: z.enum(portalLanguages),
    privacyNoticeId: z.uuid(),
    hasReadPrivacyNotice: z.boolean(),
    consents: ZConsentDecisions,
    formToken: z.string().min(1).max(500),
    website: z.string().max(500).default(""),
  })
  .superRefine((value, context) => {
    if (!value.hasReadPrivacyNotice) {
      addFieldIssue(context, "privacy_notice_not_read", ["hasReadPrivacyNotice"], value.hasReadPrivacyNotice);
    }
    const person = ZPersonInput.safeParse(toPersonFields(value), { reportInput: true });
    if (!person.success) {
      // The fields above already carry the record's built-in checks; only its rules across fields are added.
      for (const issue of person.error.issues.filter((candidate) => candidate.code === "custom")) {
        context.addIssue(issue as z.core.$ZodRawIssue);
      }
    }
  });
export type TSelfRegistrationRequest = z.output<typeof ZSelfRegistrationRequest>;

type TPersonPart = { [key in keyof typeof personPart]: z.output<(typeof personPart)[key]> };

/** The facts as a person record's input (no channel: the portal does not ask for one). */
export function toPersonFields(value: TPersonPart) {
  return {
    givenName: value.givenName,
    familyName: value.familyName,
    birthYear: value.birthYear,
    birthMonth: value.birthMonth,
    birthDay: value.birthDay,
    sex: value.sex,
    nationalities: value.nationalities,
    languages: value.languages,
    arrivedInMunicipalityOn: value.arrivedInMunicipalityOn,
    municipalityAgs: value.municipalityAgs,
    phone: value.phone,
    email: value.email,
    preferredLanguage: value.preferredLanguage,
  };
}

export const ZSelfRegistrationAccepted = z
  .object({ id: z.uuid(), emailConfirmation: z.enum(emailConfirmationStates) })
  .meta({ id: "SelfRegistrationAccepted" });

export const ZSelfRegistrationId = z.strictObject({ id: z.uuid() });

export const ZSelfRegistrationListQuery = z.strictObject({
  status: z.enum(selfRegistrationStatuses).optional(),
  municipalityAgs: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TSelfRegistrationListQuery = z.output<typeof ZSelfRegistrationListQuery>;

const selfRegistrationCore = {
  id: z.uuid(),
  status: z.enum(selfRegistrationStatuses),
  municipalityAgs: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthYear: z.number().int().nullable(),
  emailConfirmation: z.enum(emailConfirmationStates),
  portalLanguage: z.string(),
  submittedAt: z.iso.datetime({ offset: true }),
};

export const ZSelfRegistrationSummary = z.object(selfRegistrationCore).meta({ id: "SelfRegistrationSummary" });

export const ZSelfRegistrationList = z
  .object({
    items: z.array(ZSelfRegistrationSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "SelfRegistrationList" });
export type TSelfRegistrationList = z.infer<typeof ZSelfRegistrationList>;

export const ZSelfRegistration = z
  .object({
    ...selfRegistrationCore,
    birthMonth: z.number().int().nullable(),
    birthDay: z.number().int().nullable(),
    sex: z.enum(sexes),
    nationalities: z.array(z.string()),
    languages: z.array(z.object({ language: z.string(), level: z.string() })),
    arrivedInMunicipalityOn: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    emailConfirmedAt: z.iso.datetime({ offset: true }).nullable(),
    preferredLanguage: z.string().nullable(),
    privacyNoticeId: z.uuid(),
    privacyNoticeVersion: z.string(),
    consents: ZConsentDecisions,
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    rejectReason: z.string().nullable(),
    personId: z.uuid().nullable(),
  })
  .meta({ id: "SelfRegistration" });
export type TSelfRegistration = z.infer<typeof ZSelfRegistration>;

/** One registration with the person records it likely duplicates (the duplicate finder, within the actor's scope). */
export const ZSelfRegistrationDetail = z
  .object({ registration: ZSelfRegistration, candidates: z.array(ZDuplicateCandidate) })
  .meta({ id: "SelfRegistrationDetail" });
export type TSelfRegistrationDetail = z.infer<typeof ZSelfRegistrationDetail>;

/** Confirming takes nothing but the decision itself. */
export const ZSelfRegistrationConfirm = z.strictObject({});

export const ZSelfRegistrationMerge = z.strictObject({ personId: z.uuid() });
export const ZSelfRegistrationReject = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const ZSelfRegistrationDecision = z
  .object({ id: z.uuid(), status: z.enum(selfRegistrationStatuses), personId: z.uuid().nullable() })
  .meta({ id: "SelfRegistrationDecision" });
export type TSelfRegistrationDecision = z.infer<typeof ZSelfRegistrationDecision>;
