import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { TReferralFieldCode, TReferralStatus } from "../../common/offers/referral-schemas.js";
import { consents, privacyNotices } from "../arrival/consent/consent-tables.js";
import { assessments, needs } from "../counselling/assessments/assessment-tables.js";
import { isOfferForNeed, needOfferKinds } from "../offers/matching/need-offer-kinds.js";
import { offers } from "../offers/offer-tables.js";
import { referralEvents, referrals } from "../offers/referrals/referral-tables.js";
import type { TDb } from "../platform/db/database.js";
import type { TDemoOffer } from "./demo-offers.js";
import {
  buildReferralHistory,
  NO_PLACE_REASON,
  placeTakingStatuses,
  referralPurposes,
  referralStatusCycle,
} from "./demo-referral-history.js";
import type { TRandom } from "./random.js";

export type TDemoReferralSummary = { sharingConsents: number; referrals: number; events: number };

type TSender = { userId: string; organisationId: string };
type TNeed = { id: string; personId: string; code: string };

export type TDemoReferralSetup = {
  random: TRandom;
  offers: readonly TDemoOffer[];
  /** The provider login's organisation: its first referrals wait in its inbox. */
  loginProvider: { organisationId: string; userId: string };
  /** The municipal caseworker first: most referrals are theirs; every fourth person is the district's. */
  senders: readonly [TSender, TSender];
};

/** Three in ten interviewed persons consented to sharing with a provider and were referred to it. */
const REFERRED_SHARE = 0.3;
/** So many of them are referred to the provider login's organisation. */
const LOGIN_PROVIDER_PERSONS = 3;
const HOUR_MS = 3_600_000;

function drawReferredPersons(random: TRandom, personIds: readonly string[]): string[] {
  const shuffled = [...personIds];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = random.integer(0, index);
    [shuffled[index], shuffled[other]] = [shuffled[other] as string, shuffled[index] as string];
  }
  return shuffled.slice(0, Math.ceil(personIds.length * REFERRED_SHARE)).sort();
}

const fitsNeed = (offer: TDemoOffer, need: TNeed) => {
  const kind = needOfferKinds[need.code];
  return kind !== undefined && isOfferForNeed(kind, offer);
};

/**
 * Referrals as caseworkers would have sent them: three in ten persons with a completed first
 * interview (and consent to counselling) signed a consent to share with one provider, and were
 * referred to one or two of its offers, for a need where one fits. Their statuses take turns so that
 * every status appears, each with its history; accepted places are taken from the offers' free
 * places (a full offer declines instead). Ids come from the seeded generator; times count back
 * from now, so waiting days and reminders look as they would.
 */
export async function seedDemoReferrals(db: TDb, setup: TDemoReferralSetup): Promise<TDemoReferralSummary> {
  const { random, loginProvider, senders } = setup;
  const interviewed = await db
    .selectDistinct({ personId: assessments.personId })
    .from(assessments)
    .innerJoin(
      consents,
      and(
        eq(consents.personId, assessments.personId),
        eq(consents.purpose, "counselling"),
        eq(consents.isGranted, true),
      ),
    )
    .where(eq(assessments.status, "completed"))
    .orderBy(asc(assessments.personId));
  const chosen = drawReferredPersons(
    random,
    interviewed.map((row) => row.personId),
  );
  const [notice] = await db
    .select({ id: privacyNotices.id })
    .from(privacyNotices)
    .where(eq(privacyNotices.language, "de"))
    .orderBy(desc(privacyNotices.version))
    .limit(1);
  if (chosen.length === 0 || !notice) return { sharingConsents: 0, referrals: 0, events: 0 };
  const personNeeds = await db
    .select({ id: needs.id, personId: needs.personId, code: needs.code })
    .from(needs)
    .where(inArray(needs.personId, chosen))
    .orderBy(asc(needs.personId), asc(needs.code));

  const offersOf = new Map<string, TDemoOffer[]>();
  for (const offer of setup.offers) offersOf.set(offer.providerId, [...(offersOf.get(offer.providerId) ?? []), offer]);
  const placesLeft = new Map(setup.offers.map((offer) => [offer.id, offer.freePlaces]));
  const now = Date.now();
  const consentRows: (typeof consents.$inferInsert)[] = [];
  const referralRows: (typeof referrals.$inferInsert)[] = [];
  const eventRows: (typeof referralEvents.$inferInsert)[] = [];
  let turn = 0;

  for (const [index, personId] of chosen.entries()) {
    const ownNeeds = personNeeds.filter((need) => need.personId === personId);
    const fitting = [...offersOf.keys()].filter((providerId) =>
      offersOf.get(providerId)?.some((offer) => ownNeeds.some((need) => fitsNeed(offer, need))),
    );
    const providerId =
      index < LOGIN_PROVIDER_PERSONS
        ? loginProvider.organisationId
        : random.pick(fitting.length > 0 ? fitting : [...offersOf.keys()]);
    const candidates = [...(offersOf.get(providerId) ?? [])];
    const sender = index % 4 === 3 ? senders[1] : senders[0];
    const consentId = random.uuid();
    const count = Math.min(candidates.length, index < LOGIN_PROVIDER_PERSONS ? 2 : random.integer(1, 2));
    let firstSentAt = now;
    for (let referred = 0; referred < count; referred++) {
      const planned: TReferralStatus = referralStatusCycle[turn % referralStatusCycle.length] ?? "sent";
      const isSentOverdue = planned === "sent" && turn % 2 === 1;
      turn += 1;
      // An offer for one of the person's needs first; for an acceptance one with a counted place left.
      const isTaking = placeTakingStatuses.has(planned);
      const rank = (offer: TDemoOffer) => {
        const left = placesLeft.get(offer.id);
        const hasPlace = isTaking && typeof left === "number" && left > 0;
        return Number(ownNeeds.some((need) => fitsNeed(offer, need))) + Number(hasPlace) * 2;
      };
      const offer = candidates.sort((a, b) => rank(b) - rank(a)).shift();
      if (!offer) break;
      const left = placesLeft.get(offer.id);
      const isFull = isTaking && typeof left === "number" && left <= 0;
      const status = isFull ? "declined" : planned;
      if (placeTakingStatuses.has(status) && typeof left === "number") placesLeft.set(offer.id, left - 1);
      const history = buildReferralHistory(random, status, now, isSentOverdue, isFull ? NO_PLACE_REASON : undefined);
      const need = ownNeeds.find((candidate) => fitsNeed(offer, candidate));
      const fieldCodes: TReferralFieldCode[] = ["name", "contact", "languages", ...(need ? (["need"] as const) : [])];
      const referralId = random.uuid();
      const first = history[0]?.at ?? now;
      const last = history.at(-1)?.at ?? first;
      firstSentAt = Math.min(firstSentAt, first);
      const answer = history.find((step) => step.to === "accepted" || step.to === "declined");
      referralRows.push({
        id: referralId,
        personId,
        targetKind: "offer",
        offerId: offer.id,
        providerId,
        needId: need?.id ?? null,
        purpose: referralPurposes[offer.category],
        fieldCodes,
        consentId,
        status,
        note: history.findLast((step) => step.note !== null)?.note ?? null,
        sentBy: sender.userId,
        sentByOrganisationId: sender.organisationId,
        sentAt: new Date(first),
        answeredAt: answer ? new Date(answer.at) : null,
        updatedAt: new Date(last),
        version: history.length,
      });
      for (const step of history) {
        const byUserId =
          step.side === "caseworker"
            ? sender.userId
            : step.side === "provider" && providerId === loginProvider.organisationId
              ? loginProvider.userId
              : null;
        eventRows.push({
          id: random.uuid(),
          referralId,
          fromStatus: step.from,
          toStatus: step.to,
          note: step.note,
          byUserId,
          at: new Date(step.at),
        });
      }
    }
    const givenAt = new Date(firstSentAt - 2 * HOUR_MS);
    consentRows.push({
      id: consentId,
      personId,
      purpose: "provider_sharing",
      isGranted: true,
      recipientOrganisationIds: [providerId],
      privacyNoticeId: notice.id,
      language: "de",
      channel: "in_person",
      givenAt,
      recordedBy: sender.userId,
      recordedAt: givenAt,
    });
  }

  await db.transaction(async (tx) => {
    await tx.insert(consents).values(consentRows);
    if (referralRows.length === 0) return;
    await tx.insert(referrals).values(referralRows);
    await tx.insert(referralEvents).values(eventRows);
    for (const offer of setup.offers) {
      const left = placesLeft.get(offer.id);
      if (typeof left !== "number" || left === offer.freePlaces) continue;
      await tx
        .update(offers)
        .set({ freePlaces: sql`${offers.freePlaces} - ${(offer.freePlaces ?? 0) - left}` })
        .where(eq(offers.id, offer.id));
    }
  });
  return { sharingConsents: consentRows.length, referrals: referralRows.length, events: eventRows.length };
}
