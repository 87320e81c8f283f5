import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import {
  ZContentOwner,
  ZPortalEmail,
  ZPortalOptionalText,
  ZPortalPhone,
  ZPortalWebsite,
  ZPublicPortalContact,
} from "./contact-schemas.js";
import { placeCategories, placeStatuses, weekdays } from "./place.js";

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const ZOpeningSlot = z.strictObject({
  weekday: z.union(weekdays.map((day) => z.literal(day))),
  opens: ZClockTime,
  closes: ZClockTime,
});

/** Weekly opening hours: every slot closes after it opens, and slots of one day do not overlap. */
export const ZOpeningHours = z
  .array(ZOpeningSlot)
  .max(50)
  .superRefine((slots, context) => {
    slots.forEach((slot, index) => {
      if (slot.closes <= slot.opens) {
        addFieldIssue(context, "place_slot_closes_before_opens", [index, "closes"], slot.closes);
        return;
      }
      const overlaps = slots.some(
        (other, otherIndex) =>
          otherIndex < index &&
          other.weekday === slot.weekday &&
          other.opens < other.closes &&
          other.opens < slot.closes &&
          slot.opens < other.closes,
      );
      if (overlaps) addFieldIssue(context, "place_slot_overlap", [index, "opens"], slot.opens);
    });
  });

export const ZPlaceText = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}$/),
  name: z.string().trim().min(1).max(200),
  /** Limited HTML, sanitised by the server like offer descriptions. */
  description: z.string().max(10_000).default(""),
});

const placeFields = {
  category: z.enum(placeCategories),
  street: ZPortalOptionalText(200),
  postalCode: ZPortalOptionalText(5).refine((value) => value === null || /^\d{5}$/.test(value)),
  city: ZPortalOptionalText(100),
  municipalityAgs: z.string().regex(/^\d{8}$/),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  openingHours: ZOpeningHours,
  openingHoursNote: ZPortalOptionalText(500),
  isAppointmentOnly: z.boolean(),
  isBarrierFree: z.boolean(),
  barrierFreeNote: ZPortalOptionalText(500),
  phone: ZPortalPhone,
  email: ZPortalEmail,
  website: ZPortalWebsite,
  contactIds: z.array(z.uuid()).max(20).default([]),
  texts: z
    .array(ZPlaceText)
    .min(1)
    .max(20)
    .superRefine((texts, context) => {
      if (!texts.some((text) => text.language === "de")) addFieldIssue(context, "place_name_required", [], texts);
      texts.forEach((text, index) => {
        if (texts.findIndex((other) => other.language === text.language) < index) {
          addFieldIssue(context, "place_text_language_duplicate", [index, "language"], text.language);
        }
      });
    }),
};

export const ZPlaceInput = z.strictObject({ ownerUnitKey: ZContentOwner, ...placeFields });
export type TPlaceInput = z.output<typeof ZPlaceInput>;

export const ZPlaceUpdate = z.strictObject({ ...placeFields, version: z.number().int().min(1) });
export type TPlaceUpdate = z.output<typeof ZPlaceUpdate>;

export const ZPlaceStatus = z.enum(placeStatuses);

export const ZPlaceVersion = z.strictObject({ version: z.number().int().min(1) });

const placeOutputFields = {
  id: z.uuid(),
  category: z.enum(placeCategories),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  municipalityAgs: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  openingHours: z.array(ZOpeningSlot),
  openingHoursNote: z.string().nullable(),
  isAppointmentOnly: z.boolean(),
  isBarrierFree: z.boolean(),
  barrierFreeNote: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
};

export const ZPlace = z
  .object({
    ...placeOutputFields,
    ownerUnitKey: z.string().nullable(),
    status: z.enum(placeStatuses),
    contactIds: z.array(z.uuid()),
    texts: z.array(z.object({ language: z.string(), name: z.string(), description: z.string() })),
    version: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PortalPlace" });
export type TPlace = z.infer<typeof ZPlace>;

export const ZPlaceListQuery = z.strictObject({
  /** A municipal unit key, or "district" for district-wide places; omitted: all within reach. */
  owner: z.union([z.literal("district"), z.string().regex(/^\d{8,9}$/)]).optional(),
  category: z.enum(placeCategories).optional(),
  municipalityAgs: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  status: z.enum(placeStatuses).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TPlaceListQuery = z.output<typeof ZPlaceListQuery>;

export const ZPlacePage = z.object({
  items: z.array(ZPlace),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZPublicPlaceQuery = z.strictObject({
  unit: z
    .string()
    .regex(/^\d{8,9}$/)
    .optional(),
  category: z.enum(placeCategories).optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .default("de"),
  /** "lat,lon": nearest first, with the distance in metres. */
  near: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
});
export type TPublicPlaceQuery = z.output<typeof ZPublicPlaceQuery>;

export const ZPublicPlaceLanguageQuery = ZPublicPlaceQuery.pick({ lang: true });

export const ZPublicPlace = z
  .object({
    ...placeOutputFields,
    ownerUnitKey: z.string().nullable(),
    name: z.string(),
    description: z.string(),
    /** The language name and description are in: the requested one, else German. */
    language: z.string(),
    isOpenNow: z.boolean(),
    distanceMetres: z.number().nullable(),
  })
  .meta({ id: "PublicPortalPlace" });
export type TPublicPlace = z.infer<typeof ZPublicPlace>;

export const ZPublicPlacePage = z.object({
  items: z.array(ZPublicPlace),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZPublicPlaceDetail = ZPublicPlace.extend({ contacts: z.array(ZPublicPortalContact) }).meta({
  id: "PublicPortalPlaceDetail",
});
