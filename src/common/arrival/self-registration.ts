import { contentLanguages, isContentLanguage, type TContentLanguage } from "../portal/portal-content.js";

/**
 * A registration a newcomer sent from the public portal, until staff decide on it: confirmed (a
 * new person record), merged (into an existing record) or rejected (with a reason).
 */
export const selfRegistrationStatuses = ["pending", "confirmed", "merged", "rejected"] as const;
export type TSelfRegistrationStatus = (typeof selfRegistrationStatuses)[number];

/** not_needed: no address given; pending: the mailed link is not followed yet; confirmed: it was. */
export const emailConfirmationStates = ["not_needed", "pending", "confirmed"] as const;
export type TEmailConfirmationState = (typeof emailConfirmationStates)[number];

/**
 * The purposes a newcomer decides on in the portal. Sharing with providers is left to staff: a
 * consent to share needs named recipients, which only exist once a referral is discussed.
 */
export const portalConsentPurposes = ["counselling", "municipality_contact", "statistics"] as const;
export type TPortalConsentPurpose = (typeof portalConsentPurposes)[number];

/**
 * The languages the portal's self-registration and self-check speak: the portal's content
 * languages (Arabic and Farsi right to left, see directionOf).
 */
export const portalLanguages = contentLanguages;
export type TPortalLanguage = TContentLanguage;

export function isPortalLanguage(value: string): value is TPortalLanguage {
  return isContentLanguage(value);
}

/** The languages offered to tick in the form: the portal's, and those most spoken by newcomers to the district. */
export const offeredLanguages = [
  "de",
  "en",
  "uk",
  "ru",
  "ar",
  "fa",
  "ps",
  "ku",
  "tr",
  "ti",
  "so",
  "fr",
  "ro",
  "bg",
  "pl",
] as const;
