import { z } from "zod";
import { contactChannels, householdRelations, languageLevels, nameKinds, personStatuses, sexes } from "./person.js";

export const personRecordActions = ["read", "update"] as const;
export type TPersonRecordAction = (typeof personRecordActions)[number];

export const ZPersonId = z.strictObject({ id: z.uuid() });

export const ZPersonListQuery = z.strictObject({
  search: z.string().trim().max(200).optional(),
  municipalityAgs: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  /** Arrived in the municipality (else in Germany) on or after / on or before this day. */
  arrivedFrom: z.iso.date().optional(),
  arrivedUntil: z.iso.date().optional(),
  /** ISO 3166-1 alpha-2 (or XX, XU): persons holding this nationality. */
  nationality: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional(),
  /** ISO 639 code: persons who speak this language. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** active: living in the district; moved_away: moved out of it. */
  status: z.enum(personStatuses).optional(),
  sort: z.enum(["familyName", "-familyName", "createdAt", "-createdAt"]).default("familyName"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TPersonListQuery = z.infer<typeof ZPersonListQuery>;

export const ZPersonReadQuery = z.strictObject({
  /** Why the record is opened (e.g. "counselling appointment"); recorded in the audit trail. */
  purpose: z.string().trim().min(1).max(200).optional(),
});

export const ZPersonSummary = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    birthYear: z.number().int().nullable(),
    municipalityAgs: z.string(),
    nationalities: z.array(z.string()),
    status: z.enum(personStatuses),
    arrivedOn: z.string().nullable().meta({ description: "arrival in the municipality, else in Germany" }),
    allowedActions: z.array(z.enum(personRecordActions)),
  })
  .meta({ id: "PersonSummary" });

export const ZPersonList = z
  .object({
    items: z.array(ZPersonSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "PersonList" });
export type TPersonList = z.infer<typeof ZPersonList>;

export const ZPerson = ZPersonSummary.extend({
  otherNames: z.array(
    z.object({ kind: z.enum(nameKinds), script: z.string(), givenName: z.string(), familyName: z.string() }),
  ),
  birthMonth: z.number().int().nullable(),
  birthDay: z.number().int().nullable(),
  sex: z.enum(sexes),
  nationalities: z.array(z.string()),
  languages: z.array(z.object({ language: z.string(), level: z.enum(languageLevels) })),
  residenceCategory: z.string().nullable(),
  permitExpiresOn: z.string().nullable(),
  arrivedInGermanyOn: z.string().nullable(),
  arrivedInMunicipalityOn: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(contactChannels).nullable(),
  preferredLanguage: z.string().nullable(),
  householdId: z.uuid().nullable(),
  householdRelation: z.enum(householdRelations).nullable(),
  mergedInto: z.uuid().nullable().meta({ description: "while merged: the record that holds the person's data now" }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "Person" });
export type TPerson = z.infer<typeof ZPerson>;
