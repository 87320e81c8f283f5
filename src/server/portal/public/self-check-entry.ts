import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html } from "../../arrival/self-registration/html.js";
import { selfCheckPath } from "../../counselling/self-check/self-check-paths.js";
import { renderContentFrame } from "./content-frame.js";
import { contentTexts } from "./content-texts.js";
import { registrationLink, selfCheckEntryPath } from "./entry-points.js";
import { entryTexts } from "./entry-texts.js";

/** The invitation's token: 32 random bytes, base64url (self-check-invitations.ts). */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token in what the newcomer pasted: the whole invitation link (any language, with or without
 * the host) or the code alone. Whether it is valid is the self-check page's business.
 */
export function readSelfCheckCode(input: string): string | undefined {
  const trimmed = input.trim();
  const fromLink = trimmed.match(/\/selbstcheck\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/)?.[1];
  const token = fromLink ?? trimmed;
  return tokenPattern.test(token) ? token : undefined;
}

/** Where the code leads: the self-check in the reader's language where it speaks it, else English or German. */
export function selfCheckTarget(language: TContentLanguage, token: string): string {
  return selfCheckPath(language, token);
}

/** The self-check's front door: what it is, the form for the link or code, and registration first. */
export function renderSelfCheckEntry(language: TContentLanguage, hasError: boolean): string {
  const texts = entryTexts[language];
  const error = hasError ? html`<p id="code-error" class="error" role="alert">${texts.codeInvalid}</p>` : "";
  // Back with an error, the field has the focus: read with its label, marked invalid, described by the error.
  const described = hasError ? html` aria-describedby="code-error" aria-invalid="true" autofocus` : html``;
  return renderContentFrame({
    language,
    title: texts.selfCheck,
    pathIn: (other) => selfCheckEntryPath(other),
    crumbs: [{ label: contentTexts[language].home, href: `/portal/${language}/` }],
    body: html`<p>${texts.selfCheckIntro}</p><p>${texts.selfCheckHowTo}</p>
<form method="post" action="${selfCheckEntryPath(language)}">
${error}<p><label for="code">${texts.codeLabel}</label><br><input id="code" name="code" type="text" autocomplete="off" autocapitalize="none" spellcheck="false" required${described}></p>
<p><button type="submit">${texts.startButton}</button></p>
</form>
<p>${texts.notRegistered} ${registrationLink(language)}</p>`,
  });
}
