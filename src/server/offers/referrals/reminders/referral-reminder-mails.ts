import { compose, type TMailContent, type TMailLocale } from "../../../platform/mail/mail-templates.js";

/** "1 Tag" / "6 Tagen" (after seit, in, nach: dative), "1 day" / "6 days". */
function formatDays(locale: TMailLocale, days: number): string {
  if (locale === "en") return days === 1 ? "1 day" : `${days} days`;
  return days === 1 ? "1 Tag" : `${days} Tagen`;
}

/**
 * The referral reminder mails name the offer (or provider) and the days, never the person: neither
 * the name nor the purpose, which the caseworker wrote freely. The details are behind the link.
 */
type TWaitingReferralMail = {
  locale: TMailLocale;
  displayName: string;
  /** null for a referral to the provider as a whole. */
  offerTitle: string | null;
  daysWaited: number;
  daysToExpiry: number;
  link: string;
};

export function buildWaitingReferralMail(mail: TWaitingReferralMail): TMailContent {
  if (mail.locale === "en") {
    const what = mail.offerTitle === null ? "A referral to your organisation" : `A referral to "${mail.offerTitle}"`;
    return compose("KommMit: a referral is waiting for your answer", [
      `Hello ${mail.displayName},`,
      `${what} has been waiting for your organisation's answer for ${formatDays("en", mail.daysWaited)}. Please accept or decline it; without an answer it expires in ${formatDays("en", mail.daysToExpiry)}.`,
      "Open the referral inbox in KommMit:",
      { link: mail.link },
      "This mail names no persons on purpose; you find the details after signing in.",
    ]);
  }
  const what =
    mail.offerTitle === null
      ? "Eine Vermittlung an Ihre Einrichtung"
      : `Eine Vermittlung zum Angebot „${mail.offerTitle}“`;
  return compose("KommMit: Eine Vermittlung wartet auf Ihre Antwort", [
    `Guten Tag ${mail.displayName},`,
    `${what} wartet seit ${formatDays("de", mail.daysWaited)} auf die Antwort Ihrer Einrichtung. Bitte nehmen Sie sie an oder lehnen Sie sie ab; ohne Antwort läuft sie in ${formatDays("de", mail.daysToExpiry)} ab.`,
    "Zum Posteingang der Vermittlungen in KommMit:",
    { link: mail.link },
    "Diese E-Mail nennt bewusst keine Personen; die Einzelheiten sehen Sie nach der Anmeldung.",
  ]);
}

type TExpiredReferralMail = {
  locale: TMailLocale;
  displayName: string;
  offerTitle: string | null;
  providerName: string;
  daysWaited: number;
  link: string;
};

export function buildExpiredReferralMail(mail: TExpiredReferralMail): TMailContent {
  if (mail.locale === "en") {
    const what =
      mail.offerTitle === null
        ? `Your referral to ${mail.providerName}`
        : `Your referral to "${mail.offerTitle}" (${mail.providerName})`;
    return compose("KommMit: a referral expired without an answer", [
      `Hello ${mail.displayName},`,
      `${what} expired after ${formatDays("en", mail.daysWaited)} without an answer from the provider. You can refer again or choose another offer.`,
      "Open your sent referrals in KommMit:",
      { link: mail.link },
      "This mail names no persons on purpose; you find the details after signing in.",
    ]);
  }
  const what =
    mail.offerTitle === null
      ? `Ihre Vermittlung an ${mail.providerName}`
      : `Ihre Vermittlung zum Angebot „${mail.offerTitle}“ (${mail.providerName})`;
  return compose("KommMit: Eine Vermittlung ist ohne Antwort abgelaufen", [
    `Guten Tag ${mail.displayName},`,
    `${what} ist nach ${formatDays("de", mail.daysWaited)} ohne Antwort des Trägers abgelaufen. Sie können erneut vermitteln oder ein anderes Angebot wählen.`,
    "Zu Ihren gesendeten Vermittlungen in KommMit:",
    { link: mail.link },
    "Diese E-Mail nennt bewusst keine Personen; die Einzelheiten sehen Sie nach der Anmeldung.",
  ]);
}
