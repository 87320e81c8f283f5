import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import {
  contentLanguages,
  isReservedPageSlug,
  pageStatuses,
  portalTopics,
  translationStatuses,
} from "./portal-content.js";

/** Lower-case words joined by hyphens, as they appear in the page's address. */
export const ZSlug = z
  .string()
  .trim()
  .max(80)
  .superRefine((value, context) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) addFieldIssue(context, "page_slug_format", [], value);
    else if (isReservedPageSlug(value)) addFieldIssue(context, "page_slug_reserved", [], value);
  });

/** Whose page: a municipal unit's (its key) or the district's, shown in every municipality (null). */
export const ZPageOwner = z
  .string()
  .regex(/^\d{8,9}$/)
  .nullable();

export const ZPageInput = z.strictObject({
  ownerUnitKey: ZPageOwner,
  parentId: z.uuid().nullable().default(null),
  topic: z.enum(portalTopics),
  slug: ZSlug,
  position: z.number().int().min(0).max(1000).default(0),
});
export type TPageInput = z.input<typeof ZPageInput>;

export const ZPageUpdate = ZPageInput.omit({ ownerUnitKey: true }).extend({ version: z.number().int().min(1) });
export type TPageUpdate = z.input<typeof ZPageUpdate>;

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((value, context) => {
      if (value === "") addFieldIssue(context, "page_text_required", [], value);
    });

/**
 * A text of the page in one language. German bumps the page's source version; a translation names
 * the German version it was made from (default: the current one).
 */
export const ZPageTextInput = z.strictObject({
  title: requiredText(200),
  summary: z.string().trim().max(500).default(""),
  bodyHtml: requiredText(100_000),
  /** The text version read (null when the language has no text yet): a stale one is 409. */
  textVersion: z.number().int().min(1).nullable(),
  sourceVersion: z.number().int().min(1).optional(),
});
export type TPageTextInput = z.input<typeof ZPageTextInput>;

export const ZPageIdParams = z.strictObject({ id: z.uuid() });
export const ZPageTextParams = z.strictObject({ id: z.uuid(), language: z.enum(contentLanguages) });
export const ZPageVersion = z.strictObject({ version: z.number().int().min(1) });

export const ZPageText = z.object({
  language: z.enum(contentLanguages),
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  textVersion: z.number().int(),
  sourceVersion: z.number().int().nullable(),
  status: z.enum(translationStatuses),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedByName: z.string().nullable(),
});

export const ZPage = z
  .object({
    id: z.uuid(),
    ownerUnitKey: z.string().nullable(),
    parentId: z.uuid().nullable(),
    topic: z.enum(portalTopics),
    slug: z.string(),
    position: z.number().int(),
    status: z.enum(pageStatuses),
    version: z.number().int(),
    copiedFromPageId: z.uuid().nullable(),
    /**
     * The page this one was copied from (another administration's, or the editor's own): its German
     * title, its owner, and whether its German text changed since the copy was made.
     */
    copiedFrom: z
      .object({ id: z.uuid(), title: z.string(), ownerName: z.string(), changedSinceCopy: z.boolean() })
      .nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
    texts: z.array(ZPageText),
    /** Per portal language: up to date, outdated since the German text changed, or missing. */
    translations: z.array(z.object({ language: z.enum(contentLanguages), status: z.enum(translationStatuses) })),
  })
  .meta({ id: "PortalPage" });
export type TPage = z.infer<typeof ZPage>;

export const ZPageListQuery = z.strictObject({
  /** A municipal unit's key, or "district" for the pages shown everywhere. */
  owner: z.union([z.literal("district"), z.string().regex(/^\d{8,9}$/)]),
});

export const ZPageList = z
  .object({
    items: z.array(ZPage.omit({ texts: true, copiedFrom: true }).extend({ germanTitle: z.string().nullable() })),
  })
  .meta({ id: "PortalPageList" });
export type TPageList = z.infer<typeof ZPageList>;

export const ZPageTextHistory = z
  .object({
    items: z.array(
      z.object({
        language: z.enum(contentLanguages),
        textVersion: z.number().int(),
        sourceVersion: z.number().int().nullable(),
        title: z.string(),
        summary: z.string(),
        bodyHtml: z.string(),
        savedAt: z.iso.datetime({ offset: true }),
        savedByName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "PortalPageTextHistory" });

export const ZSharedPageQuery = z.strictObject({
  /** The administration that would copy: a municipal unit's key, or "district". */
  owner: z.union([z.literal("district"), z.string().regex(/^\d{8,9}$/)]),
  /** Words of the title, in any language. */
  q: z.string().trim().max(100).optional(),
});

/** Published pages of the district and other administrations that the owner may copy. */
export const ZSharedPageList = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        ownerUnitKey: z.string().nullable(),
        ownerName: z.string(),
        topic: z.enum(portalTopics),
        slug: z.string(),
        /** The German title. */
        title: z.string(),
        /** The languages the page has a text in, German first. */
        languages: z.array(z.enum(contentLanguages)),
        publishedAt: z.iso.datetime({ offset: true }),
      }),
    ),
  })
  .meta({ id: "PortalSharedPageList" });
export type TSharedPageList = z.infer<typeof ZSharedPageList>;

/** Copy a page into an owner's pages as a draft; the address is the source's unless another is given. */
export const ZPageCopyInput = z.strictObject({ ownerUnitKey: ZPageOwner, slug: ZSlug.optional() });
export type TPageCopyInput = z.output<typeof ZPageCopyInput>;
export type TPageTextHistory = z.infer<typeof ZPageTextHistory>;

/** The owners whose pages the editor keeps: "district" for the district-wide ones, else a unit's key and name. */
export const ZPageOwners = z
  .object({
    items: z.array(z.object({ owner: z.union([z.literal("district"), z.string()]), unitName: z.string().nullable() })),
  })
  .meta({ id: "PortalPageOwners" });
export type TPageOwners = z.infer<typeof ZPageOwners>;

export const ZPagePreviewQuery = z.strictObject({ language: z.enum(contentLanguages) });
