import { portalLanguages, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { directionOf } from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "./html.js";
import { portalTexts } from "./portal-texts.js";

/**
 * Kept inline and small: the page is one request on a cheap phone. Colours meet WCAG AA contrast,
 * focus is always visible, and logical properties (margin-inline, …) follow the text direction.
 */
const styles = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
header{border-bottom:4px solid #0b5394}
a{color:#0b4a85}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus,[tabindex]:focus{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-10000px}
.skip:focus{position:static}
nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.75rem}
fieldset{border:1px solid #767676;border-radius:4px;margin:0 0 1rem;padding:.75rem}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin-top:.5rem}
.check label{display:inline;font-weight:400}
.check{margin:.4rem 0}
input[type=text],input[type=email],input[type=tel],input[type=date],input[type=number],select,textarea{display:block;width:100%;padding:.5rem;font:inherit;border:1px solid #595959;border-radius:4px;background:#fff;color:#1a1a1a}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:middle;margin-inline-end:.5rem}
.row{display:flex;gap:.5rem;flex-wrap:wrap}
.row>div{flex:1 1 6rem}
.hint{color:#4a4a4a;font-size:.9rem;margin:.1rem 0}
.error{color:#a30000;font-weight:600;margin:.2rem 0}
[aria-invalid=true]{border:2px solid #a30000!important}
.summary{border:3px solid #a30000;padding:.75rem;margin-bottom:1rem}
.notice{border:1px solid #767676;padding:.5rem .75rem;max-height:20rem;overflow:auto}
button{font:inherit;font-weight:700;padding:.75rem 1.25rem;border:0;border-radius:4px;background:#0b5394;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4a85;border:2px solid #0b4a85}
.hp{display:none}
`;

type TPageOptions = {
  language: TPortalLanguage;
  title: string;
  body: SafeHtml;
  switchPath: (language: TPortalLanguage) => string;
};

/** A whole portal page: `<html lang dir>`, skip link, the language switch, then the page's content in `<main>`. */
export function renderPortalPage({ language, title, body, switchPath }: TPageOptions): string {
  const texts = portalTexts[language];
  const switcher = portalLanguages.map((other) => {
    const name = portalTexts[other].languageName;
    return other === language
      ? html`<li><a href="${switchPath(other)}" lang="${other}" aria-current="page">${name}</a></li>`
      : html`<li><a href="${switchPath(other)}" lang="${other}" hreflang="${other}">${name}</a></li>`;
  });
  return `<!doctype html>${
    html`<html lang="${language}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${texts.siteName}</title>
<style>${new SafeHtml(styles)}</style>
</head>
<body>
<a class="skip" href="#main">${texts.skipLink}</a>
<header>
<p><strong>${texts.siteName}</strong></p>
<nav aria-label="${texts.languageSwitch}"><ul>${switcher}</ul></nav>
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.value
  }`;
}
