import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, type SafeHtml } from "../../arrival/self-registration/html.js";
import { offlineTexts } from "./offline-texts.js";

export const feedbackPath = (language: TContentLanguage, unitKey: string, slug: string) =>
  `/portal/${language}/${unitKey}/${slug}/feedback`;

/** Hidden until portal.js finds speech synthesis in the browser; the labels are the page language's. */
export function renderReadAloudButton(language: TContentLanguage): SafeHtml {
  const texts = offlineTexts[language];
  return html`<p><button type="button" id="read-aloud" hidden data-read-label="${texts.readAloud}" data-stop-label="${texts.stopReading}">${texts.readAloud}</button></p>`;
}

/** "Was this page helpful?": two buttons of a plain form (no script), or the thanks after answering. */
export function renderFeedback(language: TContentLanguage, action: string, isThanked: boolean): SafeHtml {
  const texts = offlineTexts[language];
  if (isThanked) return html`<p class="notice" role="status">${texts.feedbackThanks}</p>`;
  return html`<form method="post" action="${action}" class="feedback"><fieldset><legend>${texts.feedbackQuestion}</legend><button type="submit" name="helpful" value="yes">${texts.yes}</button><button type="submit" name="helpful" value="no">${texts.no}</button></fieldset></form>`;
}
