import sanitizeHtml from "sanitize-html";

/**
 * The HTML a portal page may carry: headings below the page's own h1, paragraphs, emphasis, lists,
 * links to web pages, e-mail and phone numbers, and simple tables (opening hours). Everything else
 * is stripped; script and style lose their content too, event handlers and javascript: links go.
 */
const pageRules: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], th: ["scope"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

export function sanitisePageHtml(html: string): string {
  return sanitizeHtml(html, pageRules).trim();
}
