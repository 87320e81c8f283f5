import { compose, type TMailContent, type TMailLocale } from "../../../platform/mail/mail-templates.js";

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
      `${what} has been waiting for your organisation's answer for ${mail.daysWaited} days. Please accept or decline it; without an answer it expires in ${mail.daysToExpiry} days.`,
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
    `${what} wartet seit ${mail.daysWaited} Tagen auf die Antwort Ihrer Einrichtung. Bitte nehmen Sie sie an oder lehnen Sie sie ab; ohne Antwort läuft sie in ${mail.daysToExpiry} Tagen ab.`,
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
      `${what} expired after ${mail.daysWaited} days without an answer from the provider. You can refer again or choose another offer.`,
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
    `${what} ist nach ${mail.daysWaited} Tagen ohne Antwort des Trägers abgelaufen. Sie können erneut vermitteln oder ein anderes Angebot wählen.`,
    "Zu Ihren gesendeten Vermittlungen in KommMit:",
    { link: mail.link },
    "Diese E-Mail nennt bewusst keine Personen; die Einzelheiten sehen Sie nach der Anmeldung.",
  ]);
}
