import { z } from "zod";

/** The kinds of file portal content may carry, by the type their bytes show (never by name or header). */
export const portalMediaTypes = ["image/png", "image/jpeg", "image/webp", "application/pdf"] as const;
export type TPortalMediaType = (typeof portalMediaTypes)[number];

/** The largest upload when KOMMMIT_PORTAL_MEDIA_MAX_BYTES is not set: 5 MB. */
export const defaultPortalMediaMaxBytes = 5 * 1024 * 1024;

/** A municipal unit's key, or "district" for district-wide media. */
const ZMediaOwnerParameter = z.union([z.literal("district"), z.string().regex(/^\d{8,9}$/)]);

export const ZMediaUploadQuery = z.strictObject({
  owner: ZMediaOwnerParameter,
  /** The name the file had on the editor's computer; the server keeps a safe form of it. */
  fileName: z.string().trim().min(1).max(255),
});

export const ZMediaListQuery = z.strictObject({
  owner: ZMediaOwnerParameter,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type TMediaListQuery = z.output<typeof ZMediaListQuery>;

export const ZMediaIdParams = z.strictObject({ id: z.uuid() });

export const ZPortalMedia = z
  .object({
    id: z.uuid(),
    ownerUnitKey: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.enum(portalMediaTypes),
    sizeBytes: z.number().int(),
    /** Where the portal serves it: /portal/media/{id}/{fileName}, for <img src> and links in page HTML. */
    url: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PortalMedia" });
export type TPortalMedia = z.infer<typeof ZPortalMedia>;

export const ZPortalMediaList = z
  .object({
    items: z.array(ZPortalMedia),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "PortalMediaList" });
export type TPortalMediaList = z.infer<typeof ZPortalMediaList>;

/** The address form the page sanitiser lets through in <img src> and <a href>. */
export const portalMediaPathPattern =
  /^\/portal\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[a-z0-9]+(?:[-_][a-z0-9]+)*\.(?:png|jpg|webp|pdf)$/;
