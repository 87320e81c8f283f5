import { z } from "zod";
import { addFieldIssue } from "./field-messages.js";

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/;

/** Empty text means "not given": forms send "", the API stores null. */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === "" ? null : value));

/**
 * Where newcomers find an administration (the welcome letter prints it): the office, its address,
 * phone, e-mail, website and opening hours. Kept by administrators for the district (its migration
 * centre) and for each municipal unit. No component id: its transforms ("" → null) make the input
 * and output shapes differ, which OpenAPI components cannot name twice.
 */
export const ZOrganisationContactInput = z
  .strictObject({
    officeName: ZOptionalText(200),
    street: ZOptionalText(200),
    postalCode: ZOptionalText(5),
    city: ZOptionalText(100),
    phone: ZOptionalText(30),
    email: z
      .union([z.literal(""), z.email().max(254)])
      .nullable()
      .transform((value) => (value === "" ? null : value)),
    website: z
      .union([z.literal(""), z.url({ protocol: /^https?$/ }).max(300)])
      .nullable()
      .transform((value) => (value === "" ? null : value)),
    /** Free text, one line per day range ("Mo–Fr 8–12 Uhr"). */
    openingHours: ZOptionalText(500),
  })
  .superRefine((value, context) => {
    if (value.phone && !phonePattern.test(value.phone)) addFieldIssue(context, "phone_invalid", ["phone"], value.phone);
    if (value.postalCode && !/^\d{5}$/.test(value.postalCode)) {
      addFieldIssue(context, "postal_code_invalid", ["postalCode"], value.postalCode);
    }
  });
export type TOrganisationContactInput = z.input<typeof ZOrganisationContactInput>;
export type TOrganisationContactFields = z.output<typeof ZOrganisationContactInput>;

export const contactFields = [
  "officeName",
  "street",
  "postalCode",
  "city",
  "phone",
  "email",
  "website",
  "openingHours",
] as const satisfies readonly (keyof TOrganisationContactFields)[];

export const ZOrganisationContact = z
  .object({
    organisationId: z.uuid(),
    officeName: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    openingHours: z.string().nullable(),
    /** null while nothing was ever entered. */
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "OrganisationContact" });
export type TOrganisationContact = z.infer<typeof ZOrganisationContact>;
