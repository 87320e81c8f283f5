import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { providerTypes } from "../platform/organisations.js";

/**
 * Where a referral stands. sent → accepted | declined; accepted → started; started → completed |
 * dropped; sent/accepted → withdrawn (by the caseworker); sent → expired (by the reminder job).
 */
export const referralStatuses = [
  "sent",
  "accepted",
  "declined",
  "started",
  "completed",
  "dropped",
  "withdrawn",
  "expired",
] as const;
export type TReferralStatus = (typeof referralStatuses)[number];

/** While a referral is in one of these, the provider reaches the person's shared fields (with consent). */
export const activeReferralStatuses = ["sent", "accepted", "started"] as const satisfies readonly TReferralStatus[];

/** Who takes a transition: the receiving provider, the sending caseworker, or the reminder job. */
export type TReferralSide = "provider" | "caseworker" | "system";

/**
 * The state machine, declared once: each transition with the states it leaves, the state it
 * reaches, who takes it and what it must carry. Server and web app both read it.
 */
export const referralTransitions = {
  accept: { from: ["sent"], to: "accepted", side: "provider", needs: null },
  decline: { from: ["sent"], to: "declined", side: "provider", needs: "reason" },
  start: { from: ["accepted"], to: "started", side: "provider", needs: null },
  complete: { from: ["started"], to: "completed", side: "provider", needs: "outcome" },
  drop: { from: ["started"], to: "dropped", side: "provider", needs: "outcome" },
  withdraw: { from: ["sent", "accepted"], to: "withdrawn", side: "caseworker", needs: null },
  expire: { from: ["sent"], to: "expired", side: "system", needs: null },
} as const satisfies Record<
  string,
  {
    from: readonly TReferralStatus[];
    to: TReferralStatus;
    side: TReferralSide;
    needs: "reason" | "outcome" | null;
  }
>;
export type TReferralTransition = keyof typeof referralTransitions;

export const providerTransitions = ["accept", "decline", "start", "complete", "drop"] as const;
export type TProviderTransition = (typeof providerTransitions)[number];

/** The transitions that can be taken from a status by one side. */
export function listTransitionsFrom(status: TReferralStatus, side: TReferralSide): TReferralTransition[] {
  return (Object.keys(referralTransitions) as TReferralTransition[]).filter((name) => {
    const transition = referralTransitions[name];
    return transition.side === side && (transition.from as readonly TReferralStatus[]).includes(status);
  });
}

/**
 * What a referral can share, and nothing else: health and religion answers are never among them.
 * The provider sees exactly the values of the codes in the referral's field set.
 */
export const referralFieldCodes = [
  "name",
  "date_of_birth",
  "contact",
  "languages",
  "german_level",
  "residence_category",
  "need",
] as const;
export type TReferralFieldCode = (typeof referralFieldCodes)[number];

/** What most referrals need: whom to expect, how to reach them, which language, and why. */
export const defaultReferralFieldCodes = [
  "name",
  "contact",
  "languages",
  "need",
] as const satisfies readonly TReferralFieldCode[];

export const referralTargetKinds = ["offer", "provider", "external"] as const;
export type TReferralTargetKind = (typeof referralTargetKinds)[number];

const ZRequiredText = (max: number, code: "referral_external_name_required" | "referral_external_address_required") =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((value, context) => {
      if (value === "") addFieldIssue(context, code, [], value);
    });

export const ZReferralTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("offer"), offerId: z.uuid() }),
  z.strictObject({ kind: z.literal("provider"), providerId: z.uuid() }),
  z.strictObject({
    kind: z.literal("external"),
    name: ZRequiredText(200, "referral_external_name_required"),
    address: ZRequiredText(500, "referral_external_address_required"),
    /** The kind of provider: a consent to share with that type covers a provider outside the platform. */
    providerType: z.enum(providerTypes),
  }),
]);
export type TReferralTarget = z.infer<typeof ZReferralTarget>;

/** Languages the printed referral letter is written in, besides German. */
export const referralLetterLanguages = ["de", "en", "uk", "ar"] as const;
export type TReferralLetterLanguage = (typeof referralLetterLanguages)[number];

export const ZReferralInput = z
  .strictObject({
    target: ZReferralTarget,
    needId: z.uuid().nullable().default(null),
    purpose: z
      .string()
      .trim()
      .max(2000)
      .superRefine((value, context) => {
        if (value === "") addFieldIssue(context, "referral_purpose_required", [], value);
      }),
    fieldCodes: z.array(z.enum(referralFieldCodes)).max(referralFieldCodes.length),
    /** The match this referral came from, as shown to the caseworker (offer id, score, reasons). */
    matchSnapshot: z.record(z.string(), z.unknown()).nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.fieldCodes.length === 0) addFieldIssue(context, "referral_fields_required", ["fieldCodes"], []);
    value.fieldCodes.forEach((code, index) => {
      if (value.fieldCodes.indexOf(code) !== index) {
        addFieldIssue(context, "referral_field_duplicate", ["fieldCodes", index], code);
      }
    });
    if (value.fieldCodes.includes("need") && value.needId === null) {
      addFieldIssue(context, "referral_need_field_without_need", ["fieldCodes"], value.fieldCodes);
    }
  });
export type TReferralInput = z.input<typeof ZReferralInput>;
export type TReferralInputParsed = z.output<typeof ZReferralInput>;

export const ZReferralId = z.strictObject({ referralId: z.uuid() });

/** The version the client read, and a reason (declining) or an outcome (completing, dropping) where needed. */
export const ZReferralResponse = z
  .strictObject({
    transition: z.enum(providerTransitions),
    version: z.number().int().min(1),
    note: z.string().trim().max(2000).default(""),
  })
  .superRefine((value, context) => {
    const needs = referralTransitions[value.transition].needs;
    if (needs === "reason" && value.note === "") addFieldIssue(context, "referral_reason_required", ["note"], "");
    if (needs === "outcome" && value.note === "") addFieldIssue(context, "referral_outcome_required", ["note"], "");
  });
export type TReferralResponse = z.input<typeof ZReferralResponse>;

export const ZReferralWithdrawal = z.strictObject({
  version: z.number().int().min(1),
  note: z.string().trim().max(2000).default(""),
});

/** The values a referral shares, one entry per code of its field set; codes outside it are absent. */
export const ZReferralSharedData = z
  .object({
    name: z.object({ givenName: z.string(), familyName: z.string() }).optional(),
    date_of_birth: z
      .object({
        year: z.number().int().nullable(),
        month: z.number().int().nullable(),
        day: z.number().int().nullable(),
      })
      .optional(),
    contact: z
      .object({
        street: z.string().nullable(),
        postalCode: z.string().nullable(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        preferredChannel: z.string().nullable(),
      })
      .optional(),
    languages: z
      .object({
        preferred: z.string().nullable(),
        spoken: z.array(z.object({ language: z.string(), level: z.string() })),
      })
      .optional(),
    german_level: z.string().nullable().optional(),
    residence_category: z.string().nullable().optional(),
    need: z.object({ fieldOfAction: z.string(), code: z.string() }).nullable().optional(),
  })
  .meta({ id: "ReferralSharedData" });
export type TReferralSharedData = z.infer<typeof ZReferralSharedData>;

export const ZReferralEvent = z.object({
  fromStatus: z.enum(referralStatuses).nullable(),
  toStatus: z.enum(referralStatuses),
  note: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type TReferralEvent = z.infer<typeof ZReferralEvent>;

export const ZReferral = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    /** The person's name for the caseworker side; for the provider only inside sharedData. */
    personName: z.string().nullable(),
    target: z.object({
      kind: z.enum(referralTargetKinds),
      offerId: z.uuid().nullable(),
      offerTitle: z.string().nullable(),
      providerId: z.uuid().nullable(),
      providerName: z.string().nullable(),
      externalAddress: z.string().nullable(),
    }),
    needId: z.uuid().nullable(),
    purpose: z.string(),
    fieldCodes: z.array(z.enum(referralFieldCodes)),
    status: z.enum(referralStatuses),
    note: z.string().nullable(),
    sentBy: z.object({ userId: z.uuid().nullable(), name: z.string().nullable(), organisationName: z.string() }),
    sentAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
    /** Days since it was sent, while it waits for the provider's answer. */
    waitingDays: z.number().int().nullable(),
    allowedTransitions: z.array(z.enum(Object.keys(referralTransitions) as [TReferralTransition])),
    /** For the provider: the shared values while the referral is active and consent is valid; else null. */
    sharedData: ZReferralSharedData.nullable(),
    events: z.array(ZReferralEvent),
  })
  .meta({ id: "Referral" });
export type TReferral = z.infer<typeof ZReferral>;

export const ZReferralList = z
  .object({
    items: z.array(ZReferral.omit({ events: true, sharedData: true })),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "ReferralList" });
export type TReferralList = z.infer<typeof ZReferralList>;
export type TReferralSummary = TReferralList["items"][number];

export const inboxViews = ["for_us", "waiting"] as const;
export const caseworkerViews = ["sent_by_me", "my_team", "waiting"] as const;
export const referralSorts = ["-sentAt", "sentAt", "-updatedAt"] as const;

const listQueryFields = {
  status: z.enum(referralStatuses).optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(referralSorts).default("-sentAt"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const ZInboxQuery = z.strictObject({ view: z.enum(inboxViews).default("for_us"), ...listQueryFields });
export type TInboxQuery = z.output<typeof ZInboxQuery>;
export const ZCaseworkerReferralsQuery = z.strictObject({
  view: z.enum(caseworkerViews).default("sent_by_me"),
  /** One person's referrals (the counselling file); `view` still applies, `my_team` shows them all. */
  personId: z.uuid().optional(),
  ...listQueryFields,
});
export type TCaseworkerReferralsQuery = z.output<typeof ZCaseworkerReferralsQuery>;

/** What would be shared, before sending: the recipient, the consent in force, and the exact values. */
export const ZReferralPreview = z
  .object({
    recipientName: z.string(),
    offerIsActive: z.boolean(),
    consent: z.object({ isValid: z.boolean(), consentId: z.uuid().nullable(), givenAt: z.string().nullable() }),
    fieldCodes: z.array(z.enum(referralFieldCodes)),
    sharedData: ZReferralSharedData,
  })
  .meta({ id: "ReferralPreview" });
export type TReferralPreview = z.infer<typeof ZReferralPreview>;

/** Published offers to refer to, found by title, and provider organisations. */
export const ZReferralOptionsQuery = z.strictObject({ search: z.string().trim().max(200).default("") });
export const ZReferralOptions = z
  .object({
    offers: z.array(
      z.object({ id: z.uuid(), title: z.string(), providerName: z.string(), freePlaces: z.number().int().nullable() }),
    ),
    providers: z.array(z.object({ id: z.uuid(), name: z.string(), providerType: z.string().nullable() })),
  })
  .meta({ id: "ReferralOptions" });
export type TReferralOptions = z.infer<typeof ZReferralOptions>;

/** Without a language: the person's preferred one if the letter exists in it, else German alone. */
export const ZReferralLetterQuery = z.strictObject({ language: z.enum(referralLetterLanguages).optional() });
