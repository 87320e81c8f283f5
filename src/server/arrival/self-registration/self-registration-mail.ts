import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { directionOf } from "../../../common/portal/portal-content.js";
import { escapeHtml, type TMailContent } from "../../platform/mail/mail-templates.js";
import { formatPortalText, portalTexts } from "./portal-texts.js";

/** The double opt-in mail, in the language the newcomer registered in (Arabic and Farsi laid out right to left). */
export function buildEmailConfirmationMail(language: TPortalLanguage, link: string, hours: number): TMailContent {
  const t = portalTexts[language];
  const paragraphs = [t.mailGreeting, formatPortalText(t.mailBody, { hours })];
  const text = `${[...paragraphs, link, t.mailIgnore].join("\n\n")}\n`;
  const html = `<!doctype html><html lang="${language}" dir="${directionOf(language)}"><head><meta charset="utf-8"><title>${escapeHtml(t.mailSubject)}</title></head><body>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}
<p dir="ltr"><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>
<p>${escapeHtml(t.mailIgnore)}</p>
</body></html>`;
  return { subject: t.mailSubject, text, html };
}
