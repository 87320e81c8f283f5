import { z } from "zod";
import { organisationKinds } from "../platform/organisations.js";

/** The organisations of the district a sub-goal or measure can name as responsible or partner. */
export const ZConceptOrganisationOption = z
  .object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) })
  .meta({ id: "ConceptOrganisationOption" });
export type TConceptOrganisationOption = z.infer<typeof ZConceptOrganisationOption>;

export const ZConceptOrganisationOptions = z
  .object({ items: z.array(ZConceptOrganisationOption) })
  .meta({ id: "ConceptOrganisationOptions" });
export type TConceptOrganisationOptions = z.infer<typeof ZConceptOrganisationOptions>;
