import type { TOfferCategory } from "../../common/offers/offer.js";
import type { TReferralStatus } from "../../common/offers/referral-schemas.js";
import type { TRandom } from "./random.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

type TSide = "caseworker" | "provider" | "system";
/** One transition, when (milliseconds) and by whom: the sending caseworker, the receiving provider, or the reminder job. */
export type TReferralHistoryStep = {
  from: TReferralStatus | null;
  to: TReferralStatus;
  note: string | null;
  at: number;
  side: TSide;
};

/** The statuses referrals are given in turn: every status appears, most often those that wait for someone. */
export const referralStatusCycle: readonly TReferralStatus[] = [
  "sent",
  "sent",
  "accepted",
  "declined",
  "started",
  "completed",
  "withdrawn",
  "expired",
  "sent",
  "dropped",
  "accepted",
  "completed",
];

/** Accepting takes a place; it stays taken while the person takes part and after they finished. */
export const placeTakingStatuses: ReadonlySet<TReferralStatus> = new Set([
  "accepted",
  "started",
  "completed",
  "dropped",
]);

export const NO_PLACE_REASON = "Leider sind keine Plätze mehr frei.";
const declineReasons = [
  "Das Angebot setzt das Sprachniveau B1 voraus.",
  "Der Wohnort ist für unser Angebot zu weit entfernt.",
  "Die Person gehört nicht zur Zielgruppe des Angebots.",
];
const completedOutcomes = [
  "Regelmäßig teilgenommen, Ziel erreicht.",
  "Teilgenommen; die Bescheinigung ist ausgestellt.",
  "Abgeschlossen; Anschlussangebot besprochen.",
];
const droppedOutcomes = ["Teilnahme nach Arbeitsaufnahme beendet.", "Nach Umzug in einen anderen Landkreis beendet."];
const withdrawNotes = ["Die Person hat inzwischen einen Platz bei einem anderen Träger.", null];

/** What a caseworker writes as the purpose, by the kind of offer. */
export const referralPurposes: Readonly<Record<TOfferCategory, string>> = {
  language_course: "Anmeldung zum Kurs; bitte einen Einstufungstest anbieten.",
  counselling: "Bitte um einen Beratungstermin zu Aufenthalt und Leistungen.",
  kita_school_support: "Unterstützung bei der Suche nach einem Kita- oder Schulplatz.",
  recognition_counselling: "Beratung zur Anerkennung des ausländischen Abschlusses.",
  vocational_training: "Interesse an einer Ausbildung; bitte zu einem Erstgespräch einladen.",
  job: "Unterstützung bei der Arbeitssuche.",
  health: "Bitte um Unterstützung bei der Suche nach einer Hausarztpraxis.",
  housing: "Unterstützung bei der Wohnungssuche, lebt derzeit in der Gemeinschaftsunterkunft.",
  participation: "Möchte vor Ort Kontakte knüpfen.",
  religious_interreligious: "Wünscht Kontakt zur Gemeinde.",
  volunteering: "Möchte sich ehrenamtlich engagieren.",
};

/**
 * The transitions that led to a status, dated back from now as the real flow would have taken them:
 * answers within a few days, a start a week after accepting, expiry after 21 days of waiting. A
 * `sent` referral waits a few days, or (`isOverdue`) more than the five after which providers are
 * reminded. Every step lies in the past and after the one before.
 */
export function buildReferralHistory(
  random: TRandom,
  status: TReferralStatus,
  now: number,
  isOverdue: boolean,
  declineReason?: string,
): TReferralHistoryStep[] {
  const daysAgo: Readonly<Record<TReferralStatus, readonly [number, number]>> = {
    sent: isOverdue ? [6, 14] : [1, 4],
    accepted: [8, 20],
    declined: [5, 25],
    started: [25, 50],
    completed: [80, 120],
    dropped: [50, 90],
    withdrawn: [6, 20],
    expired: [24, 40],
  };
  const [least, most] = daysAgo[status];
  let at = now - random.integer(least, most) * DAY_MS - random.integer(1, 8) * HOUR_MS;
  const steps: TReferralHistoryStep[] = [{ from: null, to: "sent", note: null, at, side: "caseworker" }];
  const step = (to: TReferralStatus, days: readonly [number, number], side: TSide, note: string | null = null) => {
    at += random.integer(days[0], days[1]) * DAY_MS + random.integer(0, 5) * HOUR_MS;
    steps.push({ from: steps.at(-1)?.to ?? null, to, note, at, side });
  };
  if (status === "declined") step("declined", [1, 4], "provider", declineReason ?? random.pick(declineReasons));
  if (status === "withdrawn") step("withdrawn", [2, 5], "caseworker", random.pick(withdrawNotes));
  if (status === "expired") step("expired", [21, 21], "system");
  if (placeTakingStatuses.has(status)) step("accepted", [1, 4], "provider");
  if (status === "started" || status === "completed" || status === "dropped") step("started", [5, 10], "provider");
  if (status === "completed") step("completed", [30, 60], "provider", random.pick(completedOutcomes));
  if (status === "dropped") step("dropped", [10, 25], "provider", random.pick(droppedOutcomes));
  return steps;
}
