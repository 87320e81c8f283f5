export const sexes = ["female", "male", "diverse", "not_stated"] as const;
export type TSex = (typeof sexes)[number];

export const nameKinds = ["passport", "original_script", "alternative"] as const;
export type TNameKind = (typeof nameKinds)[number];

export const householdRelations = ["head", "partner", "child", "parent", "sibling", "other"] as const;
export type THouseholdRelation = (typeof householdRelations)[number];
