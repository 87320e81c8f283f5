import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/;

/** Empty text means "not given": forms send "", the API stores null (as for organisation contacts). */
export const ZPortalOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === "" ? null : value));

export const ZPortalEmail = z
  .union([z.literal(""), z.email().max(254)])
  .nullable()
  .transform((value) => (value === "" ? null : value));

export const ZPortalWebsite = z
  .union([z.literal(""), z.url({ protocol: /^https?$/ }).max(300)])
  .nullable()
  .transform((value) => (value === "" ? null : value));

export const ZPortalPhone = ZPortalOptionalText(30).superRefine((value, context) => {
  if (value && !phonePattern.test(value)) addFieldIssue(context, "portal_phone_invalid", [], value);
});

/** A content owner: a municipal unit's key, or null for district-wide content. */
export const ZContentOwner = z
  .string()
  .regex(/^\d{8,9}$/)
  .nullable();

/**
 * A person or office newcomers can turn to, kept once and shown on pages and places. Field shapes
 * follow the organisation contact points (phone, e-mail, website); languages are ISO 639-1 codes.
 */
export const ZPortalContactInput = z.strictObject({
  ownerUnitKey: ZContentOwner,
  name: z.string().trim().min(1).max(200),
  office: ZPortalOptionalText(200),
  phone: ZPortalPhone,
  email: ZPortalEmail,
  website: ZPortalWebsite,
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(30)
    .default([]),
  noteDe: ZPortalOptionalText(1000),
});
export type TPortalContactInput = z.output<typeof ZPortalContactInput>;

export const ZPortalContactUpdate = ZPortalContactInput.omit({ ownerUnitKey: true }).extend({
  version: z.number().int().min(1),
});
export type TPortalContactUpdate = z.output<typeof ZPortalContactUpdate>;

export const ZPortalContact = z
  .object({
    id: z.uuid(),
    ownerUnitKey: z.string().nullable(),
    name: z.string(),
    office: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    languages: z.array(z.string()),
    noteDe: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PortalContact" });
export type TPortalContact = z.infer<typeof ZPortalContact>;

export const ZPortalContactListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TPortalContactListQuery = z.output<typeof ZPortalContactListQuery>;

export const ZPortalContactPage = z.object({
  items: z.array(ZPortalContact),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The public view of a contact: no owner bookkeeping. */
export const ZPublicPortalContact = ZPortalContact.omit({ ownerUnitKey: true, version: true, updatedAt: true }).meta({
  id: "PublicPortalContact",
});
