import { z } from "zod";
import { organisationKinds, providerTypes } from "./organisations.js";

export const organisationActions = ["list", "read", "create", "update"] as const;
export type TOrganisationAction = (typeof organisationActions)[number];

const ZName = z.string().trim().min(2).max(200);
const ZMunicipalUnitKey = z.string().regex(/^\d{8,9}$/);

/** What is written: a district, a municipal administration (by its reference key) or a provider (with its type). */
export const ZOrganisationCreate = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("district"), name: ZName }),
    z.strictObject({ kind: z.literal("municipal_unit"), name: ZName, municipalUnitKey: ZMunicipalUnitKey }),
    z.strictObject({ kind: z.literal("provider"), name: ZName, providerType: z.enum(providerTypes) }),
  ])
  .meta({ id: "OrganisationCreate" });
export type TOrganisationCreate = z.infer<typeof ZOrganisationCreate>;

/** The kind never changes; the fields of the kind may. */
export const ZOrganisationUpdate = z
  .strictObject({
    name: ZName.optional(),
    municipalUnitKey: ZMunicipalUnitKey.optional(),
    providerType: z.enum(providerTypes).optional(),
  })
  .meta({ id: "OrganisationUpdate" });
export type TOrganisationUpdate = z.infer<typeof ZOrganisationUpdate>;

export const ZOrganisation = z
  .object({
    id: z.uuid(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    municipalUnitKey: z.string().nullable(),
    municipalUnitName: z.string().nullable(),
    providerType: z.enum(providerTypes).nullable(),
    memberCount: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    allowedActions: z.array(z.enum(organisationActions)),
  })
  .meta({ id: "Organisation" });
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const organisationSorts = ["name", "kind", "createdAt"] as const;

export const ZOrganisationQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(organisationKinds).optional(),
  sort: z.enum(organisationSorts).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TOrganisationQuery = Partial<z.output<typeof ZOrganisationQuery>>;

export const ZOrganisationPage = z
  .object({
    items: z.array(ZOrganisation),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Whether the actor may create organisations, for the UI's create button. */
    canCreate: z.boolean(),
  })
  .meta({ id: "OrganisationPage" });
export type TOrganisationPage = z.infer<typeof ZOrganisationPage>;

export const ZIdParams = z.strictObject({ id: z.uuid() });
