/**
 * The languages portal content is written and read in (reference languages.csv, portal priority 1),
 * German first: it is the source every translation is made from and the fallback.
 */
export const contentLanguages = ["de", "de-x-easy", "en", "uk", "ar", "tr", "ru", "fa", "ro", "bg", "pl"] as const;
export type TContentLanguage = (typeof contentLanguages)[number];

export function isContentLanguage(value: string): value is TContentLanguage {
  return (contentLanguages as readonly string[]).includes(value);
}

const rightToLeft = new Set<TContentLanguage>(["ar", "fa"]);

export function directionOf(language: TContentLanguage): "ltr" | "rtl" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}

/** The portal's sections, in the order a newcomer needs them. */
export const portalTopics = [
  "first_steps",
  "authorities",
  "housing",
  "health",
  "kita_school",
  "language_courses",
  "work",
  "everyday_life",
  "emergencies",
] as const;
export type TPortalTopic = (typeof portalTopics)[number];

/**
 * Addresses under /portal/{lang}/{unitKey}/ the portal itself uses (events, places, offer search …):
 * a page cannot take them as its slug.
 */
export const reservedPageSlugs = ["events", "places", "offers", "search", "offline", "feedback", "media"] as const;

export function isReservedPageSlug(slug: string): boolean {
  return (reservedPageSlugs as readonly string[]).includes(slug);
}

export const pageStatuses = ["draft", "published"] as const;
export type TPageStatus = (typeof pageStatuses)[number];

/**
 * Where a translation stands against the German text: made from the current German version, made
 * from an older one (the German text changed since), or not there (the page shows German).
 */
export const translationStatuses = ["up_to_date", "outdated", "missing"] as const;
export type TTranslationStatus = (typeof translationStatuses)[number];

export function translationStatusOf(germanVersion: number | null, sourceVersion: number | null | undefined) {
  if (sourceVersion === undefined) return "missing" as const;
  if (germanVersion === null || sourceVersion === null || sourceVersion >= germanVersion) return "up_to_date" as const;
  return "outdated" as const;
}
