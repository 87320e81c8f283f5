import { z } from "zod";
import { offerRevisionStatuses, offerStatuses } from "./offer.js";
import { checkOfferContent, offerContentFields, ZOfferTranslationInput } from "./offer-content-schemas.js";

/** API shapes of the offers directory: a provider's offers, their revisions and the review with its diff. */

export const ZOfferIdParams = z.strictObject({ id: z.uuid() });
export const ZRevisionIdParams = z.strictObject({ revisionId: z.uuid() });

const ZVersion = z.number().int().min(1);

/** Saving the form: the whole content at the version read (a draft is overwritten, a published offer gets a revision). */
export const ZOfferUpdate = z.strictObject({ ...offerContentFields, version: ZVersion }).superRefine(checkOfferContent);
export type TOfferUpdateInput = z.input<typeof ZOfferUpdate>;
export type TOfferUpdate = z.output<typeof ZOfferUpdate>;

export const ZOfferVersion = z.strictObject({ version: ZVersion });
export type TOfferVersion = z.output<typeof ZOfferVersion>;

/** Free places are operational: set directly, without a review, within 0 and the capacity. */
export const ZFreePlacesChange = z.strictObject({
  version: ZVersion,
  freePlaces: z.number().int().max(100_000).nullable(),
});
export type TFreePlacesChange = z.output<typeof ZFreePlacesChange>;

export const ZApproval = z.strictObject({});
export const ZRejection = z.strictObject({ comment: z.string().trim().min(1).max(2000) });
export type TRejection = z.output<typeof ZRejection>;

/** What the UI may offer on an offer; "edit" of a published offer submits a revision for review. */
export const offerRecordActions = ["edit", "submit", "withdraw", "set_free_places", "review"] as const;
export type TOfferRecordAction = (typeof offerRecordActions)[number];

export const offerSorts = ["title", "status", "updatedAt"] as const;
export type TOfferSort = (typeof offerSorts)[number];

export const ZOfferQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(offerStatuses).optional(),
  sort: z.enum(offerSorts).default("updatedAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TOfferQuery = z.output<typeof ZOfferQuery>;

export const ZOfferSummary = z
  .object({
    id: z.uuid(),
    providerId: z.uuid(),
    providerName: z.string(),
    status: z.enum(offerStatuses),
    /** The German title of the content in force. */
    title: z.string(),
    category: offerContentFields.category,
    version: z.number().int(),
    capacity: z.number().int().nullable(),
    freePlaces: z.number().int().nullable(),
    hasPendingRevision: z.boolean(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    allowedActions: z.array(z.enum(offerRecordActions)),
  })
  .meta({ id: "OfferSummary" });
export type TOfferSummary = z.infer<typeof ZOfferSummary>;

export const ZOfferPage = z
  .object({
    items: z.array(ZOfferSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    canCreate: z.boolean(),
  })
  .meta({ id: "OfferPage" });
export type TOfferPage = z.infer<typeof ZOfferPage>;

const ZStoredText = z.string().nullable();

/** The stored content as the server answers it: the content fields, the optional texts without their input transform. */
export const ZOfferContentRecord = z.object({
  ...offerContentFields,
  street: ZStoredText,
  city: ZStoredText,
  contactName: ZStoredText,
  contactPhone: ZStoredText,
  translations: z.array(
    z.object({
      language: ZOfferTranslationInput.shape.language,
      title: z.string(),
      description: z.string(),
      prerequisites: ZStoredText,
      costNote: ZStoredText,
    }),
  ),
});

export const ZOfferRevisionSummary = z
  .object({
    id: z.uuid(),
    status: z.enum(offerRevisionStatuses),
    /** A first submission of an offer never published, or a change to a published one. */
    kind: z.enum(["new", "change"]),
    baseVersion: z.number().int(),
    submittedAt: z.string(),
    submittedByName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    reviewComment: z.string().nullable(),
  })
  .meta({ id: "OfferRevisionSummary" });
export type TOfferRevisionSummary = z.infer<typeof ZOfferRevisionSummary>;

export const ZOffer = ZOfferSummary.extend({
  content: ZOfferContentRecord,
  revisions: z.array(ZOfferRevisionSummary),
}).meta({ id: "Offer" });
export type TOffer = z.infer<typeof ZOffer>;

export const ZReviewQueueItem = z
  .object({
    revisionId: z.uuid(),
    offerId: z.uuid(),
    providerName: z.string(),
    title: z.string(),
    kind: z.enum(["new", "change"]),
    submittedAt: z.string(),
  })
  .meta({ id: "OfferReviewQueueItem" });

export const ZReviewQueueQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TReviewQueueQuery = z.output<typeof ZReviewQueueQuery>;

export const ZReviewQueue = z
  .object({
    items: z.array(ZReviewQueueItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "OfferReviewQueue" });
export type TReviewQueue = z.infer<typeof ZReviewQueue>;

const ZDiffValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type TDiffValue = z.infer<typeof ZDiffValue>;

/** One field that differs: its name (translation fields carry their language), the old and the new value. */
export const ZOfferDiffEntry = z
  .object({
    field: z.string(),
    language: z.string().nullable(),
    change: z.enum(["added", "removed", "changed"]),
    before: ZDiffValue,
    after: ZDiffValue,
  })
  .meta({ id: "OfferDiffEntry" });
export type TOfferDiffEntry = z.infer<typeof ZOfferDiffEntry>;

export const ZOfferRevision = ZOfferRevisionSummary.extend({
  offer: ZOfferSummary,
  content: ZOfferContentRecord,
  diff: z.array(ZOfferDiffEntry),
  canDecide: z.boolean(),
}).meta({ id: "OfferRevision" });
export type TOfferRevision = z.infer<typeof ZOfferRevision>;
