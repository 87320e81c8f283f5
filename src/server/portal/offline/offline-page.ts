import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html } from "../../arrival/self-registration/html.js";
import { renderContentFrame } from "../public/content-frame.js";
import { contentTexts } from "../public/content-texts.js";
import { offlinePagePath } from "./offline-list.js";
import { offlineTexts } from "./offline-texts.js";

/**
 * What the service worker shows for a page it has not kept while there is no connection. Plain text
 * says what still works; portal.js adds the list of kept pages in this language.
 */
export function renderOfflinePage(language: TContentLanguage): string {
  const texts = offlineTexts[language];
  return renderContentFrame({
    language,
    title: texts.offlineTitle,
    pathIn: offlinePagePath,
    body: html`<p>${texts.offlineText}</p><section id="kept-pages" hidden aria-labelledby="kept-title"><h2 id="kept-title">${texts.keptPages}</h2><ul></ul></section><p><a href="/portal/${language}/">${contentTexts[language].home}</a></p>`,
  });
}
