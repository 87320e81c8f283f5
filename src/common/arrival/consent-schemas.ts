import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { providerTypes } from "../platform/organisations.js";
import { consentChannels, consentPurposes } from "./consent.js";
import { personRecordActions } from "./person-schemas.js";

export const ZPrivacyNoticeSummary = z
  .object({
    id: z.uuid(),
    version: z.string(),
    language: z.string(),
    title: z.string(),
    publishedOn: z.string(),
  })
  .meta({ id: "PrivacyNoticeSummary" });
export type TPrivacyNoticeSummary = z.infer<typeof ZPrivacyNoticeSummary>;

export const ZPrivacyNotice = ZPrivacyNoticeSummary.extend({ body: z.string() }).meta({ id: "PrivacyNotice" });
export type TPrivacyNotice = z.infer<typeof ZPrivacyNotice>;

export const ZPrivacyNoticeId = z.strictObject({ id: z.uuid() });

export const ZConsentId = z.strictObject({ id: z.uuid(), consentId: z.uuid() });

const ZPurpose = z.string().trim().min(1).max(200).optional();

const ZGivenAt = z.iso.datetime({ offset: true });

/** Later than now, with a minute's allowance for the clocks of browser and server. */
function isInFuture(moment: string): boolean {
  return Date.parse(moment) > Date.now() + 60_000;
}

export const ZConsentDecision = z.strictObject({
  purpose: z.enum(consentPurposes),
  isGranted: z.boolean(),
  /** Only for provider_sharing: named provider organisations and provider types the decision covers. */
  recipientOrganisationIds: z.array(z.uuid()).max(50).default([]),
  recipientProviderTypes: z.array(z.enum(providerTypes)).max(providerTypes.length).default([]),
});
export type TConsentDecision = z.output<typeof ZConsentDecision>;

/** The set a sharing decision is about; two decisions on the same set in one request contradict each other. */
export function toRecipientKey(decision: {
  recipientOrganisationIds: readonly string[];
  recipientProviderTypes: readonly string[];
}): string {
  return (
    [...decision.recipientOrganisationIds].sort().join(",") +
    "|" +
    [...decision.recipientProviderTypes].sort().join(",")
  );
}

/**
 * Decisions the person made in person, on the form in the language of the notice shown. Each one
 * supersedes the current record of its purpose (for sharing: of the same recipients).
 */
export const ZConsentRecording = z
  .strictObject({
    /** The privacy notice shown; its language is the language the decisions were given in. */
    privacyNoticeId: z.uuid(),
    givenAt: ZGivenAt,
    decisions: z.array(ZConsentDecision).min(1).max(20),
    purpose: ZPurpose,
  })
  .superRefine((recording, context) => {
    if (isInFuture(recording.givenAt)) {
      addFieldIssue(context, "date_in_future", ["givenAt"], recording.givenAt);
    }
    const seen = new Set<string>();
    recording.decisions.forEach((decision, index) => {
      const hasRecipients = decision.recipientOrganisationIds.length > 0 || decision.recipientProviderTypes.length > 0;
      if (decision.purpose !== "provider_sharing" && hasRecipients) {
        addFieldIssue(
          context,
          "consent_recipients_not_allowed",
          ["decisions", index, "recipientOrganisationIds"],
          decision,
        );
      }
      if (decision.purpose === "provider_sharing" && !hasRecipients) {
        addFieldIssue(
          context,
          "consent_recipients_missing",
          ["decisions", index, "recipientOrganisationIds"],
          decision,
        );
      }
      const key =
        decision.purpose === "provider_sharing" ? `${decision.purpose}:${toRecipientKey(decision)}` : decision.purpose;
      if (seen.has(key)) addFieldIssue(context, "listed_twice", ["decisions", index, "purpose"], decision.purpose);
      seen.add(key);
    });
  });
export type TConsentRecording = z.output<typeof ZConsentRecording>;

export const ZConsentWithdrawal = z
  .strictObject({
    /** When the person withdrew; now when left out. */
    givenAt: ZGivenAt.optional(),
    purpose: ZPurpose,
  })
  .superRefine((withdrawal, context) => {
    if (withdrawal.givenAt !== undefined && isInFuture(withdrawal.givenAt)) {
      addFieldIssue(context, "date_in_future", ["givenAt"], withdrawal.givenAt);
    }
  });
export type TConsentWithdrawal = z.output<typeof ZConsentWithdrawal>;

export const ZConsentRecord = z
  .object({
    id: z.uuid(),
    purpose: z.enum(consentPurposes),
    /** false: refused, or withdrawn (then supersedesId names the record withdrawn). */
    isGranted: z.boolean(),
    recipientOrganisationIds: z.array(z.uuid()),
    recipientProviderTypes: z.array(z.enum(providerTypes)),
    privacyNotice: z.object({ id: z.uuid(), version: z.string(), language: z.string() }),
    language: z.string(),
    channel: z.enum(consentChannels),
    givenAt: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    supersedesId: z.uuid().nullable(),
    /** The later record that replaced this one; null while it is the current one. */
    supersededById: z.uuid().nullable(),
  })
  .meta({ id: "ConsentRecord" });
export type TConsentRecord = z.infer<typeof ZConsentRecord>;

export const ZPersonConsents = z
  .object({
    /** The records in force: one per purpose, for sharing one per recipient set. */
    current: z.array(ZConsentRecord),
    /** Every record, newest first. */
    history: z.array(ZConsentRecord),
    /** Names of the provider organisations the records name. */
    organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
    allowedActions: z.array(z.enum(personRecordActions)),
  })
  .meta({ id: "PersonConsents" });
export type TPersonConsents = z.infer<typeof ZPersonConsents>;

export const ZConsentRecipientOptions = z
  .object({
    providers: z.array(z.object({ id: z.uuid(), name: z.string(), providerType: z.enum(providerTypes) })),
  })
  .meta({ id: "ConsentRecipientOptions" });
export type TConsentRecipientOptions = z.infer<typeof ZConsentRecipientOptions>;
