import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";

/** The portal address of a self-check, in the newcomer's language; the token is the last segment. */
export const selfCheckPath = (language: TPortalLanguage, token: string) => `/portal/${language}/selbstcheck/${token}`;
