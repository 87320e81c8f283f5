/**
 * What a person may consent to (ACCESS.md): counselling by the district and municipalities, sharing
 * with named providers or provider types, being contacted by the municipality, and use in statistics.
 */
export const consentPurposes = ["counselling", "provider_sharing", "municipality_contact", "statistics"] as const;
export type TConsentPurpose = (typeof consentPurposes)[number];

/** Given in person (on the printed form the person signs) or online (self-registration on the portal). */
export const consentChannels = ["in_person", "online"] as const;
export type TConsentChannel = (typeof consentChannels)[number];
