import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  listTransitionsFrom,
  type TReferral,
  type TReferralEvent,
  type TReferralSide,
  type TReferralSummary,
} from "../../../common/offers/referral-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { referralEvents, referrals } from "./referral-tables.js";

const providers = alias(organisations, "referral_provider");
const senderOrganisations = alias(organisations, "referral_sender_organisation");
const senders = alias(users, "referral_sender");

/** An offer's German title (always there: the fallback language). */
export const offerTitle = sql<string | null>`(select ${offerTranslations.title} from ${offerTranslations}
  where ${offerTranslations.offerId} = ${referrals.offerId} and ${offerTranslations.language} = 'de')`;

/** Days since sending while the provider has not answered. */
const waitingDays = sql<number | null>`case when ${referrals.status} = 'sent'
  then (current_date - (${referrals.sentAt} at time zone 'Europe/Berlin')::date) end`.mapWith((value) =>
  value === null ? null : Number(value),
);

/**
 * The columns of a referral as both sides see it. The person's name comes only with `personName`,
 * which the caller sets for the caseworker side (null for providers: they read the field set).
 */
export function referralColumns(personName: ReturnType<typeof sql<string | null>>) {
  return {
    id: referrals.id,
    personId: referrals.personId,
    personName: personName.as("person_name"),
    targetKind: referrals.targetKind,
    offerId: referrals.offerId,
    offerTitle: offerTitle.as("offer_title"),
    providerId: referrals.providerId,
    providerName: sql<string | null>`coalesce(${providers.name}, ${referrals.externalName})`.as("provider_name"),
    externalAddress: referrals.externalAddress,
    needId: referrals.needId,
    purpose: referrals.purpose,
    fieldCodes: referrals.fieldCodes,
    status: referrals.status,
    note: referrals.note,
    sentById: referrals.sentBy,
    sentByName: senders.displayName,
    sentByOrganisationName: senderOrganisations.name,
    sentAt: referrals.sentAt,
    updatedAt: referrals.updatedAt,
    version: referrals.version,
    waitingDays: waitingDays.as("waiting_days"),
  };
}

/** The caseworker sees the person's name; a provider never through this column. */
export const personNameForCaseworker = sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`;
export const noPersonName = sql<string | null>`null::text`;

/** A select of referral rows with the joins the columns need; callers add their where, order and limits. */
export function selectReferrals(executor: TDbExecutor, personName: ReturnType<typeof sql<string | null>>) {
  return executor
    .select(referralColumns(personName))
    .from(referrals)
    .innerJoin(persons, eq(persons.id, referrals.personId))
    .leftJoin(providers, eq(providers.id, referrals.providerId))
    .innerJoin(senderOrganisations, eq(senderOrganisations.id, referrals.sentByOrganisationId))
    .leftJoin(senders, eq(senders.id, referrals.sentBy));
}

type TReferralRow = Awaited<ReturnType<ReturnType<typeof selectReferrals>["execute"]>>[number];

export function toReferralSummary(row: TReferralRow, side: TReferralSide): TReferralSummary {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    target: {
      kind: row.targetKind,
      offerId: row.offerId,
      offerTitle: row.offerTitle,
      providerId: row.providerId,
      providerName: row.providerName,
      externalAddress: row.externalAddress,
    },
    needId: row.needId,
    purpose: row.purpose,
    fieldCodes: row.fieldCodes,
    status: row.status,
    note: row.note,
    sentBy: { userId: row.sentById, name: row.sentByName, organisationName: row.sentByOrganisationName },
    sentAt: row.sentAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    waitingDays: row.waitingDays,
    allowedTransitions: listTransitionsFrom(row.status, side),
  };
}

/** Every transition of the referrals, oldest first, with the name of who took it. */
export async function findReferralEvents(
  executor: TDbExecutor,
  referralIds: string[],
): Promise<Map<string, TReferralEvent[]>> {
  const byId = new Map<string, TReferralEvent[]>(referralIds.map((id) => [id, []]));
  if (referralIds.length === 0) return byId;
  const rows = await executor
    .select({
      referralId: referralEvents.referralId,
      fromStatus: referralEvents.fromStatus,
      toStatus: referralEvents.toStatus,
      note: referralEvents.note,
      byName: users.displayName,
      at: referralEvents.at,
    })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.byUserId))
    .where(inArray(referralEvents.referralId, referralIds))
    .orderBy(asc(referralEvents.at), asc(referralEvents.id));
  for (const { referralId, at, ...event } of rows) {
    byId.get(referralId)?.push({ ...event, at: at.toISOString() });
  }
  return byId;
}

/** Whether an offer is open for referrals now: published and within its validity. */
export const isOfferActive = and(
  eq(offers.status, "published"),
  sql`(${offers.validFrom} is null or ${offers.validFrom} <= (now() at time zone 'Europe/Berlin')::date)`,
  sql`(${offers.validUntil} is null or ${offers.validUntil} >= (now() at time zone 'Europe/Berlin')::date)`,
);

export function toReferral(
  summary: TReferralSummary,
  events: TReferralEvent[],
  sharedData: TReferral["sharedData"],
): TReferral {
  return { ...summary, events, sharedData };
}
