import sanitizeHtml from "sanitize-html";
import { portalMediaPathPattern } from "../../../common/portal/media-schemas.js";

const dimensionPattern = /^\d{1,4}$/;

/**
 * The HTML a portal page may carry: headings below the page's own h1, paragraphs, emphasis, lists,
 * links to web pages, e-mail, phone numbers and the portal's own files, simple tables (opening
 * hours), and images from the portal's media library. Everything else is stripped; script and style
 * lose their content too, event handlers and javascript: links go.
 *
 * An image stays only when its src is exactly /portal/media/{id}/{name} and it has an alt
 * attribute: a text for a meaningful image, alt="" for a decorative one. An image without alt is
 * dropped rather than guessed at, so the editor sees it is gone and adds the text. width and height
 * stay when they are plain numbers.
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
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], th: ["scope"], img: ["src", "alt", "width", "height"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    img: (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(
        Object.entries(attribs).filter(
          ([name, value]) => (name !== "width" && name !== "height") || dimensionPattern.test(value),
        ),
      ),
    }),
  },
  exclusiveFilter: (frame) =>
    frame.tag === "img" && (!portalMediaPathPattern.test(frame.attribs.src ?? "") || frame.attribs.alt === undefined),
};

export function sanitisePageHtml(html: string): string {
  return sanitizeHtml(html, pageRules).trim();
}
