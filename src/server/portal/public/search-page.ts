import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, type SafeHtml } from "../../arrival/self-registration/html.js";
import { formatPortalText } from "../../arrival/self-registration/portal-texts.js";
import { searchKinds, type TSearchHit, type TSearchKind } from "../search/search-hit.js";
import type { TPortalSearchResult } from "../search/search-portal.js";
import { renderContentFrame } from "./content-frame.js";
import { searchTexts } from "./search-texts.js";
import { langAttribute, searchPath, type TUnit, unitCrumbs } from "./view-parts.js";

/** What the reader asked: the words as searched, the kind chosen, and whether the words were cut. */
export type TSearchAsked = { words: string; kind: TSearchKind | null; wasCut: boolean };

function searchForm(language: TContentLanguage, unit: TUnit, asked: TSearchAsked): SafeHtml {
  const texts = searchTexts[language];
  const options = [
    html`<option value=""${asked.kind === null ? html` selected` : ""}>${texts.all}</option>`,
    ...searchKinds.map(
      (kind) =>
        html`<option value="${kind}"${asked.kind === kind ? html` selected` : ""}>${texts.kinds[kind]}</option>`,
    ),
  ];
  return html`<form role="search" action="${searchPath(language, unit.key)}" method="get">
<p><label for="search-words">${texts.search}</label><br><input id="search-words" type="search" name="q" maxlength="100" value="${asked.words}"></p>
<p><label for="search-kind">${texts.kindFilter}</label><br><select id="search-kind" name="kind">${options}</select></p>
<p><button type="submit">${texts.button}</button></p>
</form>`;
}

function renderHit(language: TContentLanguage, hit: TSearchHit): SafeHtml {
  const texts = searchTexts[language];
  const other = langAttribute(hit.language, language);
  return html`<li><a href="${hit.url}"${other}>${hit.title}</a> <small>(${texts.kinds[hit.kind]})</small>${
    hit.detail ? html`<br><span${other}>${hit.detail}</span>` : ""
  }${hit.snippet ? html`<br><span${other}>${hit.snippet}</span>` : ""}</li>`;
}

/**
 * The search page: its own form (words and kind, GET so it works without script), then the hits by
 * relevance, each marked with its kind and, when shown in German, its language. The count is a
 * status message so screen readers announce it.
 */
export function renderSearchPage(
  language: TContentLanguage,
  unit: TUnit,
  asked: TSearchAsked,
  result: TPortalSearchResult,
): string {
  const texts = searchTexts[language];
  const notice = asked.wasCut ? html`<p class="notice" role="note">${texts.tooLong}</p>` : "";
  const outcome =
    asked.words === ""
      ? html`<p>${texts.emptyQuery}</p>`
      : result.hits.length === 0
        ? html`<p role="status">${texts.noResults}</p>`
        : html`<p role="status">${formatPortalText(texts.resultCount, { count: result.hits.length, query: asked.words })}</p><ol>${result.hits.map(
            (hit) => renderHit(language, hit),
          )}</ol>`;
  return renderContentFrame({
    language,
    title: texts.search,
    pathIn: (other) =>
      asked.words === ""
        ? searchPath(other, unit.key)
        : `${searchPath(other, unit.key)}?q=${encodeURIComponent(asked.words)}`,
    crumbs: unitCrumbs(language, unit),
    body: html`${searchForm(language, unit, asked)}${notice}${outcome}`,
  });
}
