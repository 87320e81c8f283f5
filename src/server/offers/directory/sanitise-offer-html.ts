import sanitizeHtml from "sanitize-html";
import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";

/**
 * The HTML an offer description may carry: paragraphs, line breaks, emphasis, lists and links to
 * web pages or e-mail addresses. Everything else is stripped; script and style lose their content
 * too (sanitize-html's default nonTextTags), event handlers and javascript: links go.
 */
const descriptionRules: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

export function sanitiseDescription(html: string): string {
  return sanitizeHtml(html, descriptionRules).trim();
}

/**
 * The content with every description sanitised, before it is stored or compared. A description
 * that was nothing but markup is empty afterwards and reported like a missing one.
 */
export function sanitiseOfferContent(content: TOfferContent): TOfferContent {
  const translations = content.translations.map((translation) => ({
    ...translation,
    description: sanitiseDescription(translation.description),
  }));
  const emptied = translations.flatMap((translation, index) =>
    translation.description === ""
      ? [{ pointer: `/body/translations/${index}/description`, code: "offer_description_required" as const }]
      : [],
  );
  if (emptied.length > 0) throw new FieldRuleViolation(emptied);
  return { ...content, translations };
}
