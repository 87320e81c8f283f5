import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { testGeography } from "../../testing/factories.js";
import type { TTestApp } from "../../testing/test-app.js";

/** Test helpers: load the portal form like a browser, then post it filled in. */
export async function loadForm(t: TTestApp, language: TPortalLanguage = "de") {
  const response = await t.app.inject({ method: "GET", url: `/portal/${language}/registrierung` });
  const page = response.body;
  const formToken = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? "";
  const privacyNoticeId = /name="privacyNoticeId" value="([^"]+)"/.exec(page)?.[1] ?? "";
  return { response, page, formToken, privacyNoticeId };
}

export const validFields = {
  municipalityAgs: testGeography.melle.municipalityAgs,
  givenName: "Olena",
  familyName: "Kovalenko",
  birthYear: "1991",
  birthMonth: "4",
  birthDay: "",
  sex: "female",
  nationality: "UA",
  arrivedInMunicipalityOn: "2026-11-02",
  phone: "+49 5422 12345",
  email: "",
  preferredLanguage: "uk",
  hasReadPrivacyNotice: "yes",
  "consent-counselling": "yes",
  "consent-statistics": "yes",
};

type TFields = Record<string, string | string[]>;

export function encodeForm(fields: TFields): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return body.toString();
}

/** Loads a fresh form and posts it with the fields given (over the valid ones), as a same-origin browser would. */
export async function postForm(t: TTestApp, fields: TFields = {}, language: TPortalLanguage = "de") {
  const { formToken, privacyNoticeId } = await loadForm(t, language);
  return postRaw(
    t,
    { formToken, privacyNoticeId, website: "", languages: ["uk", "ru"], ...validFields, ...fields },
    language,
  );
}

export function postRaw(t: TTestApp, fields: TFields, language: TPortalLanguage = "de", remoteAddress = "127.0.0.1") {
  return t.app.inject({
    method: "POST",
    url: `/portal/${language}/registrierung`,
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
    remoteAddress,
    payload: encodeForm(fields),
  });
}
