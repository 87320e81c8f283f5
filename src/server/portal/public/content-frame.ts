import { contentLanguages, directionOf, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "../../arrival/self-registration/html.js";
import { portalAssets } from "../offline/portal-assets.js";
import { contentTexts } from "./content-texts.js";
import { searchTexts } from "./search-texts.js";

/**
 * Kept inline and small: a content page is one request on a cheap phone. Colours meet WCAG AA,
 * focus is always visible, logical properties follow the text direction, and print leaves out the
 * navigation.
 */
const styles = `
*{box-sizing:border-box}
body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem}
header{border-bottom:4px solid #0b5394}
a{color:#0b4a85}
a:focus,button:focus,[tabindex]:focus{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-10000px}
.skip:focus{position:static}
nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.crumbs ol{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem;font-size:.95rem}
.crumbs li+li::before{content:"›";margin-inline-end:.5rem}
button{font:inherit;padding:.3rem .9rem;margin-inline-end:.5rem}
.notice{border-inline-start:4px solid #0b5394;background:#eef4fb;padding:.5rem .75rem}
.topic h2{font-size:1.2rem;margin:1.25rem 0 .25rem}
.topic ul{margin:0;padding-inline-start:1.25rem}
.marks{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem}
.marks li{border:1px solid #0b5394;border-radius:.25rem;padding:0 .4rem;font-size:.9rem}
dt{font-weight:bold}dd{margin:0 0 .5rem}
input,button{font:inherit}input{width:100%;padding:.4rem;border:1px solid #767676}button{padding:.4rem 1rem}
.error{color:#a00000;font-weight:bold}
form.search{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:.5rem 0}form.search label{flex-basis:100%}form.search input{flex:1;width:auto}
table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:start}
@media print{header nav,.skip,.crumbs{display:none}body{font-size:11pt}a{color:#000}main a[href^="http"]::after{content:" (" attr(href) ")"}}
`;

type TFrameOptions = {
  language: TContentLanguage;
  title: string;
  body: SafeHtml;
  /** The same page in another language; the switch links there. */
  pathIn: (language: TContentLanguage) => string;
  crumbs?: { label: string; href: string }[];
  /** The title's language when it is not the frame's (a page shown in German). */
  titleLanguage?: TContentLanguage;
  /** A municipality's offline.json: the service worker keeps its pages once the start page was read. */
  offlineListPath?: string;
  /** A municipality's pages carry the search field in the header; the search page has its own form. */
  searchUnitKey?: string;
};

/** The header's search field: a plain GET form, so it works without JavaScript. */
function searchForm(language: TContentLanguage, unitKey: string): SafeHtml {
  const texts = searchTexts[language];
  return html`<form class="search" role="search" aria-label="${texts.search}" action="/portal/${language}/${unitKey}/search" method="get"><label for="portal-search">${texts.search}</label><input id="portal-search" type="search" name="q" maxlength="100"><button type="submit">${texts.button}</button></form>`;
}

/**
 * A whole content page: `<html lang dir>`, skip link, language switch, breadcrumb, then `<main>`.
 * portal.js (deferred, same origin) only enhances it: offline reading and read-aloud.
 */
export function renderContentFrame({
  language,
  title,
  body,
  pathIn,
  crumbs = [],
  titleLanguage = language,
  offlineListPath,
  searchUnitKey,
}: TFrameOptions): string {
  const texts = contentTexts[language];
  const switcher = contentLanguages.map((other) => {
    const name = contentTexts[other].languageName;
    const attributes = other === language ? html`aria-current="true"` : html`hreflang="${other}"`;
    return html`<li><a href="${pathIn(other)}" lang="${other}" ${attributes}>${name}</a></li>`;
  });
  const trail =
    crumbs.length === 0
      ? ""
      : html`<nav class="crumbs" aria-label="${texts.breadcrumb}"><ol>${crumbs.map(
          (crumb) => html`<li><a href="${crumb.href}">${crumb.label}</a></li>`,
        )}</ol></nav>`;
  return `<!doctype html>${
    html`<html lang="${language}" dir="${directionOf(language)}"${offlineListPath ? html` data-offline-list="${offlineListPath}"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${texts.siteName}</title>
<style>${new SafeHtml(styles)}</style>
<script src="${portalAssets.portalScriptPath}" defer></script>
</head>
<body>
<a class="skip" href="#main">${texts.skipLink}</a>
<header>
<p><strong>${texts.siteName}</strong></p>
<nav aria-label="${texts.languageSwitch}"><ul>${switcher}</ul></nav>
${searchUnitKey ? searchForm(language, searchUnitKey) : ""}
${trail}
</header>
<main id="main" tabindex="-1">
${
  titleLanguage === language
    ? html`<h1>${title}</h1>`
    : html`<h1 lang="${titleLanguage}" dir="${directionOf(titleLanguage)}">${title}</h1>`
}
${body}
</main>
</body>
</html>`.value
  }`;
}
