import type { z } from "zod";
import { portalConsentPurposes, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import {
  type TSelfRegistrationRequest,
  ZSelfRegistrationRequest,
} from "../../../common/arrival/self-registration-schemas.js";
import { isFieldMessageCode } from "../../../common/platform/field-messages.js";
import { portalTexts, type TPortalTextKey } from "./portal-texts.js";
import type { TFormField, TFormValues } from "./registration-form-page.js";

export type TFormBody = Record<string, string[]>;

/** application/x-www-form-urlencoded as lists per name (checkbox groups repeat a name). */
export function parseFormBody(body: string): TFormBody {
  const parsed: TFormBody = {};
  for (const [name, value] of new URLSearchParams(body)) parsed[name] = [...(parsed[name] ?? []), value];
  return parsed;
}

const first = (body: TFormBody, name: string) => (body[name]?.[0] ?? "").trim();
const isTicked = (body: TFormBody, name: string) => body[name]?.includes("yes") ?? false;

export function readFormValues(body: TFormBody): TFormValues {
  return {
    municipalityAgs: first(body, "municipalityAgs"),
    givenName: first(body, "givenName"),
    familyName: first(body, "familyName"),
    birthYear: first(body, "birthYear"),
    birthMonth: first(body, "birthMonth"),
    birthDay: first(body, "birthDay"),
    sex: first(body, "sex") || "not_stated",
    nationality: first(body, "nationality"),
    languages: [...new Set(body.languages ?? [])],
    arrivedInMunicipalityOn: first(body, "arrivedInMunicipalityOn"),
    phone: first(body, "phone"),
    email: first(body, "email"),
    preferredLanguage: first(body, "preferredLanguage"),
    hasReadPrivacyNotice: isTicked(body, "hasReadPrivacyNotice"),
    consents: Object.fromEntries(
      portalConsentPurposes.map((purpose) => [purpose, isTicked(body, `consent-${purpose}`)]),
    ) as TFormValues["consents"],
  };
}

/** Digits become numbers, empty stays unknown, anything else goes to the schema as typed (and fails there). */
function toNumber(text: string): number | string | null {
  if (text === "") return null;
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}
const orNull = (text: string) => (text === "" ? null : text);

/** The form as the API's request, checked by the same schema. */
export function checkFormValues(
  language: TPortalLanguage,
  values: TFormValues,
  body: TFormBody,
):
  | { isValid: true; request: TSelfRegistrationRequest }
  | { isValid: false; errors: TFieldErrors; isFormBroken: boolean } {
  const result = ZSelfRegistrationRequest.safeParse({
    municipalityAgs: values.municipalityAgs,
    givenName: values.givenName,
    familyName: values.familyName,
    birthYear: toNumber(values.birthYear),
    birthMonth: toNumber(values.birthMonth),
    birthDay: toNumber(values.birthDay),
    sex: values.sex,
    nationalities: values.nationality ? [values.nationality] : [],
    languages: values.languages.map((code) => ({ language: code, level: "native" })),
    arrivedInMunicipalityOn: orNull(values.arrivedInMunicipalityOn),
    phone: orNull(values.phone),
    email: orNull(values.email),
    preferredLanguage: orNull(values.preferredLanguage),
    language,
    privacyNoticeId: first(body, "privacyNoticeId"),
    hasReadPrivacyNotice: values.hasReadPrivacyNotice,
    consents: values.consents,
    formToken: first(body, "formToken"),
    website: body.website?.[0] ?? "",
  });
  if (result.success) return { isValid: true, request: result.data };
  return { isValid: false, ...toFieldErrors(result.error.issues) };
}

export type TFieldErrors = Partial<Record<TFormField, TPortalTextKey>>;

const formFieldOf: Record<string, TFormField> = {
  municipalityAgs: "municipalityAgs",
  givenName: "givenName",
  familyName: "familyName",
  birthYear: "birthYear",
  birthMonth: "birthMonth",
  birthDay: "birthDay",
  sex: "sex",
  nationalities: "nationality",
  languages: "languages",
  arrivedInMunicipalityOn: "arrivedInMunicipalityOn",
  phone: "phone",
  email: "email",
  preferredLanguage: "preferredLanguage",
  hasReadPrivacyNotice: "hasReadPrivacyNotice",
};

/** Our own rules name their message; zod's built-in checks get the field's own wording. */
function messageOf(field: TFormField, issue: z.core.$ZodIssue): TPortalTextKey {
  const code: unknown = issue.code === "custom" ? issue.params?.fieldMessage : undefined;
  if (code === "municipality_unknown") return "error_municipality_required";
  if (isFieldMessageCode(code)) {
    const key = `error_${code}`;
    return Object.hasOwn(portalTexts.de, key) ? (key as TPortalTextKey) : "error_value_invalid";
  }
  if (field === "municipalityAgs") return "error_municipality_required";
  if (field === "email") return "error_email_invalid";
  if (field === "arrivedInMunicipalityOn") return "error_date_invalid";
  if (field === "birthYear" || field === "birthMonth" || field === "birthDay") return "error_number_invalid";
  if (issue.code === "too_big") return "error_too_long";
  return "error_value_invalid";
}

/** One message per field (the first); issues outside the visible fields mean the form itself was tampered with. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): { errors: TFieldErrors; isFormBroken: boolean } {
  const errors: TFieldErrors = {};
  let isFormBroken = false;
  for (const issue of issues) {
    const field = formFieldOf[String(issue.path[0])];
    if (!field) {
      isFormBroken = true;
      continue;
    }
    errors[field] ??= messageOf(field, issue);
  }
  return { errors, isFormBroken };
}
