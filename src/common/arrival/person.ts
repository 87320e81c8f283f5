export const sexes = ["female", "male", "diverse", "not_stated"] as const;
export type TSex = (typeof sexes)[number];

export const nameKinds = ["passport", "original_script", "alternative"] as const;
export type TNameKind = (typeof nameKinds)[number];

export const householdRelations = ["head", "partner", "child", "parent", "sibling", "other"] as const;
export type THouseholdRelation = (typeof householdRelations)[number];

/** How the person wants to be reached. */
export const contactChannels = ["phone", "sms", "messenger", "email", "letter", "in_person"] as const;
export type TContactChannel = (typeof contactChannels)[number];

/** A language's level as the person rates it: mother tongue, or a CEFR level. */
export const languageLevels = ["native", "C2", "C1", "B2", "B1", "A2", "A1"] as const;
export type TLanguageLevel = (typeof languageLevels)[number];

/** Scripts an original-script name may be written in (ISO 15924). */
export const nameScripts = ["Latn", "Cyrl", "Arab", "Grek", "Armn", "Geor", "Ethi", "Hebr", "Deva", "Other"] as const;
export type TNameScript = (typeof nameScripts)[number];

/**
 * Whether the person lives in the district (a move out of it ends their registration here), or the
 * record was merged into another one (a duplicate; the merge can be undone).
 */
export const personStatuses = ["active", "moved_away", "merged"] as const;
export type TPersonStatus = (typeof personStatuses)[number];

export const moveKinds = ["within_district", "out_of_district"] as const;
export type TMoveKind = (typeof moveKinds)[number];

/** Why a person left the district. */
export const moveOutReasons = ["other_district", "abroad", "deceased", "unknown"] as const;
export type TMoveOutReason = (typeof moveOutReasons)[number];
