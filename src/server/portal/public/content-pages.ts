import {
  directionOf,
  portalTopics,
  type TContentLanguage,
  type TPortalTopic,
} from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "../../arrival/self-registration/html.js";
import { feedbackPath, renderFeedback, renderReadAloudButton } from "../offline/page-extras.js";
import { renderContentFrame } from "./content-frame.js";
import { contentTexts } from "./content-texts.js";
import type { TShownPage } from "./published-pages.js";

export const unitPath = (language: TContentLanguage, unitKey: string) => `/portal/${language}/${unitKey}/`;
export const pagePath = (language: TContentLanguage, unitKey: string, slug: string) =>
  `/portal/${language}/${unitKey}/${slug}`;

/** Text in another language than the frame's is marked as such, so screen readers switch voice. */
export function inLanguage(shown: TContentLanguage, frame: TContentLanguage, content: SafeHtml): SafeHtml {
  return shown === frame ? content : html`<div lang="${shown}" dir="${directionOf(shown)}">${content}</div>`;
}

/**
 * The page's own text; text in another language than the frame's is marked as such, so screen readers
 * (and read-aloud) switch voice.
 */
function pageContent(shown: TContentLanguage, frame: TContentLanguage, content: SafeHtml): SafeHtml {
  return shown === frame
    ? html`<div id="page-content">${content}</div>`
    : html`<div id="page-content" lang="${shown}" dir="${directionOf(shown)}">${content}</div>`;
}

/** The choice of municipality: the portal's front door in a language. */
export function renderUnitChoice(language: TContentLanguage, units: { key: string; name: string }[]): string {
  const texts = contentTexts[language];
  return renderContentFrame({
    language,
    title: texts.chooseMunicipality,
    pathIn: (other) => `/portal/${other}/`,
    body: html`<ul>${units.map((unit) => html`<li><a href="${unitPath(language, unit.key)}" lang="de">${unit.name}</a></li>`)}</ul>`,
  });
}

/** A municipality's start page: the lead (quick links, next events), then the nine topics with their pages. */
export function renderUnitStart(
  language: TContentLanguage,
  unit: { key: string; name: string },
  pages: TShownPage[],
  lead: SafeHtml = html``,
): string {
  const texts = contentTexts[language];
  const byTopic = (topic: TPortalTopic) => pages.filter((page) => page.topic === topic);
  const sections = portalTopics
    .filter((topic) => byTopic(topic).length > 0)
    .map(
      (topic) =>
        html`<section class="topic" aria-labelledby="topic-${topic}"><h2 id="topic-${topic}">${texts.topics[topic]}</h2><ul>${byTopic(
          topic,
        ).map(
          (page) =>
            html`<li><a href="${pagePath(language, unit.key, page.slug)}"${new SafeHtml(page.language === language ? "" : ` lang="${page.language}"`)}>${page.title}</a></li>`,
        )}</ul></section>`,
    );
  return renderContentFrame({
    language,
    title: unit.name,
    pathIn: (other) => unitPath(other, unit.key),
    searchUnitKey: unit.key,
    crumbs: [{ label: texts.home, href: `/portal/${language}/` }],
    offlineListPath: `${unitPath(language, unit.key)}offline.json`,
    body: html`${lead}${sections.length === 0 ? html`<p>${texts.noPages}</p>` : sections}`,
  });
}

/**
 * One page in the language asked for, or in German with a notice; an outdated translation says so.
 * Below it, "was this page helpful?" (or the thanks, after answering).
 */
export function renderContentPage(
  language: TContentLanguage,
  unit: { key: string; name: string },
  page: TShownPage,
  isFeedbackThanked = false,
): string {
  const texts = contentTexts[language];
  const notice =
    page.language !== language
      ? html`<p class="notice" role="note">${texts.fallbackNotice}</p>`
      : page.isOutdated
        ? html`<p class="notice" role="note">${texts.outdatedNotice}</p>`
        : "";
  const content = html`${page.summary ? html`<p><strong>${page.summary}</strong></p>` : ""}${new SafeHtml(page.bodyHtml)}`;
  return renderContentFrame({
    language,
    title: page.title,
    titleLanguage: page.language,
    pathIn: (other) => pagePath(other, unit.key, page.slug),
    searchUnitKey: unit.key,
    crumbs: [
      { label: texts.home, href: `/portal/${language}/` },
      { label: unit.name, href: unitPath(language, unit.key) },
    ],
    body: html`${notice}${renderReadAloudButton(language)}${pageContent(page.language, language, content)}${renderFeedback(
      language,
      feedbackPath(language, unit.key, page.slug),
      isFeedbackThanked,
    )}`,
  });
}

export function renderNotFound(language: TContentLanguage): string {
  const texts = contentTexts[language];
  return renderContentFrame({
    language,
    title: texts.notFoundTitle,
    pathIn: (other) => `/portal/${other}/`,
    body: html`<p>${texts.notFoundText}</p><p><a href="/portal/${language}/">${texts.home}</a></p>`,
  });
}
