import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";

/** The portal's addresses for self-registration, in the newcomer's language. */
export const registrationPath = (language: TPortalLanguage) => `/portal/${language}/registrierung`;
export const thanksPath = (language: TPortalLanguage) => `/portal/${language}/registrierung/danke`;
export const emailConfirmationPath = (language: TPortalLanguage, token: string) =>
  `/portal/${language}/registrierung/bestaetigung/${token}`;
