import type { TRole } from "../../../common/platform/organisations.js";

/**
 * The mails KommMit sends, in German or English by the recipient's locale: plain text plus a simple
 * HTML part. Every value from users (names, organisation names) is escaped in the HTML.
 */
export type TMailLocale = "de" | "en";
export type TMailContent = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function toMailLocale(locale: string): TMailLocale {
  return locale === "en" ? "en" : "de";
}

const roleNames: Record<TMailLocale, Record<TRole, string>> = {
  de: {
    administrator: "Administration",
    district_coordinator: "Koordination (Steuerung)",
    caseworker: "Fallbearbeitung",
    provider_staff: "Träger-Mitarbeit",
    provider_admin: "Träger-Administration",
    content_editor: "Redaktion",
    volunteer_coordinator: "Ehrenamtskoordination",
    auditor: "Prüfung (Audit)",
  },
  en: {
    administrator: "administrator",
    district_coordinator: "district coordinator",
    caseworker: "caseworker",
    provider_staff: "provider staff",
    provider_admin: "provider administrator",
    content_editor: "content editor",
    volunteer_coordinator: "volunteer coordinator",
    auditor: "auditor",
  },
};

type TParagraph = string | { link: string };

/**
 * One layout for every mail: paragraphs, one of them the link; text and HTML from the same lines.
 * Modules with mails of their own (offers/referrals/reminders) build them with it.
 */
export function compose(subject: string, paragraphs: TParagraph[]): TMailContent {
  const text = paragraphs.map((paragraph) => (typeof paragraph === "string" ? paragraph : paragraph.link)).join("\n\n");
  const body = paragraphs
    .map((paragraph) =>
      typeof paragraph === "string"
        ? `<p>${escapeHtml(paragraph)}</p>`
        : `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.link)}</a></p>`,
    )
    .join("\n");
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${body}\n</body></html>`;
  return { subject, text: `${text}\n`, html };
}

type TPasswordResetMail = { locale: TMailLocale; displayName: string; link: string; minutes: number };

export function buildPasswordResetMail({ locale, displayName, link, minutes }: TPasswordResetMail): TMailContent {
  if (locale === "en") {
    return compose("KommMit: reset your password", [
      `Hello ${displayName},`,
      `someone (hopefully you) asked to reset the password of your KommMit account. Open this link within ${minutes} minutes to choose a new password:`,
      { link },
      "The link works once. If you did not ask for it, ignore this mail: your password stays as it is.",
    ]);
  }
  return compose("KommMit: Passwort zurücksetzen", [
    `Guten Tag ${displayName},`,
    `jemand (hoffentlich Sie) möchte das Passwort Ihres KommMit-Kontos zurücksetzen. Öffnen Sie diesen Link innerhalb von ${minutes} Minuten und wählen Sie ein neues Passwort:`,
    { link },
    "Der Link funktioniert einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.",
  ]);
}

type TInvitationMail = {
  locale: TMailLocale;
  displayName: string;
  inviterName: string;
  organisationName: string;
  role: TRole;
  link: string;
  days: number;
};

export function buildInvitationMail(mail: TInvitationMail): TMailContent {
  const role = roleNames[mail.locale][mail.role];
  if (mail.locale === "en") {
    return compose(`KommMit: invitation to ${mail.organisationName}`, [
      `Hello ${mail.displayName},`,
      `${mail.inviterName} invited you to KommMit, the integration platform of Landkreis Osnabrück, as ${role} of ${mail.organisationName}. Open this link within ${mail.days} days to choose your password:`,
      { link: mail.link },
      "The link works once. If you do not expect this invitation, ignore this mail.",
    ]);
  }
  return compose(`KommMit: Einladung zu ${mail.organisationName}`, [
    `Guten Tag ${mail.displayName},`,
    `${mail.inviterName} hat Sie zu KommMit eingeladen, der Integrationsplattform des Landkreises Osnabrück – mit der Rolle ${role} bei ${mail.organisationName}. Öffnen Sie diesen Link innerhalb von ${mail.days} Tagen und wählen Sie Ihr Passwort:`,
    { link: mail.link },
    "Der Link funktioniert einmal. Wenn Sie keine Einladung erwarten, ignorieren Sie diese E-Mail.",
  ]);
}

type TMembershipAddedMail = {
  locale: TMailLocale;
  displayName: string;
  inviterName: string;
  organisationName: string;
  role: TRole;
  link: string;
};

export function buildMembershipAddedMail(mail: TMembershipAddedMail): TMailContent {
  const role = roleNames[mail.locale][mail.role];
  if (mail.locale === "en") {
    return compose(`KommMit: you were added to ${mail.organisationName}`, [
      `Hello ${mail.displayName},`,
      `${mail.inviterName} added you to ${mail.organisationName} as ${role}. Log in with your existing account:`,
      { link: mail.link },
      "If you think this is a mistake, please tell your administrator.",
    ]);
  }
  return compose(`KommMit: Sie wurden ${mail.organisationName} hinzugefügt`, [
    `Guten Tag ${mail.displayName},`,
    `${mail.inviterName} hat Sie ${mail.organisationName} mit der Rolle ${role} hinzugefügt. Melden Sie sich mit Ihrem bisherigen Konto an:`,
    { link: mail.link },
    "Wenn Sie das für einen Irrtum halten, wenden Sie sich bitte an Ihre Administration.",
  ]);
}

/** Counts only: a task's title may name the person or their situation, and mail leaves our hands. */
type TTaskDigestMail = {
  locale: TMailLocale;
  displayName: string;
  link: string;
  counts: { overdue: number; dueToday: number; reminded: number };
};

export function buildTaskDigestMail({ locale, displayName, link, counts }: TTaskDigestMail): TMailContent {
  if (locale === "en") {
    return compose("KommMit: your tasks for today", [
      `Hello ${displayName},`,
      `overdue: ${counts.overdue}. Due today: ${counts.dueToday}. With a reminder for today: ${counts.reminded}.`,
      "Open your tasks in KommMit:",
      { link },
      "This mail names no persons on purpose; you find the details after signing in.",
    ]);
  }
  return compose("KommMit: Ihre Aufgaben für heute", [
    `Guten Tag ${displayName},`,
    `überfällig: ${counts.overdue}. Heute fällig: ${counts.dueToday}. Mit Erinnerung für heute: ${counts.reminded}.`,
    "Ihre Aufgaben in KommMit:",
    { link },
    "Diese E-Mail nennt bewusst keine Personen; die Einzelheiten sehen Sie nach der Anmeldung.",
  ]);
}
