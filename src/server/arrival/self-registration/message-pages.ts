import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { html, type SafeHtml } from "./html.js";
import { renderPortalPage } from "./portal-layout.js";
import { emailConfirmationPath, registrationPath, thanksPath } from "./portal-paths.js";
import { portalTexts } from "./portal-texts.js";

/** After sending: what happens next, and whether to look for the confirmation mail. */
export function renderThanksPage(language: TPortalLanguage, isEmailPending: boolean): string {
  const t = portalTexts[language];
  const body = html`<p>${t.successNext}</p>${isEmailPending ? html`<p>${t.successEmail}</p>` : ""}`;
  return renderPortalPage({ language, title: t.successTitle, body, switchPath: thanksPath });
}

/**
 * The mailed link opens this page; only its button confirms. Mail scanners and link previews fetch
 * links with GET, and must not use up the token before the person clicks.
 */
export function renderConfirmationPrompt(language: TPortalLanguage, token: string): string {
  const t = portalTexts[language];
  const body = html`<p>${t.confirmPrompt}</p>
<form method="post" action="${emailConfirmationPath(language, token)}"><button type="submit">${t.confirmButton}</button></form>`;
  return renderPortalPage({
    language,
    title: t.confirmTitle,
    body,
    switchPath: (other) => emailConfirmationPath(other, token),
  });
}

export function renderConfirmationResult(language: TPortalLanguage, isConfirmed: boolean): string {
  const t = portalTexts[language];
  const back: SafeHtml = html`<p><a href="${registrationPath(language)}">${t.backToForm}</a></p>`;
  return renderPortalPage({
    language,
    title: isConfirmed ? t.confirmedTitle : t.linkInvalidTitle,
    body: html`<p>${isConfirmed ? t.confirmedText : t.linkInvalidText}</p>${isConfirmed ? "" : back}`,
    switchPath: registrationPath,
  });
}

/** 429: too many registrations from this address. */
export function renderTooManyPage(language: TPortalLanguage): string {
  const t = portalTexts[language];
  return renderPortalPage({
    language,
    title: t.tooManyTitle,
    body: html`<p>${t.tooMany}</p>`,
    switchPath: registrationPath,
  });
}
