import { isolateLeftToRight } from "../../platform/pdf/bidi-runs.js";
import type { TPdfLayout } from "../../platform/pdf/pdf-layout.js";
import type { TContactPoint } from "./contact-points.js";
import type { TWelcomeLetterText } from "./document-texts.js";

/** Markdown stars in entered text would turn bold; contact fields are printed as entered. */
function escapeStars(text: string): string {
  return text.replaceAll("*", "∗");
}

/**
 * A contact point as lines: office, address, then labelled phone, e-mail, website and opening
 * hours; empty fields are left out. Numbers and addresses stay left to right inside Arabic.
 */
export function writeContactPoint(layout: TPdfLayout, contact: TContactPoint, labels: TWelcomeLetterText["labels"]) {
  const value = (text: string) => isolateLeftToRight(escapeStars(text));
  const lines = [
    `**${escapeStars(contact.officeName ?? contact.organisationName)}**`,
    contact.street ? value(contact.street) : null,
    contact.postalCode || contact.city ? value([contact.postalCode, contact.city].filter(Boolean).join(" ")) : null,
    contact.phone ? `${labels.phone}: ${value(contact.phone)}` : null,
    contact.email ? `${labels.email}: ${value(contact.email)}` : null,
    contact.website ? `${labels.website}: ${value(contact.website)}` : null,
    contact.openingHours
      ? `${labels.openingHours}: ${value(
          contact.openingHours
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .join("; "),
        )}`
      : null,
  ].filter((line): line is string => line !== null);
  layout.lines(lines, { gap: 10 });
}

/** The district as the reference data knows it, when not even the migration centre's contact point is entered. */
export function writeDistrictAddress(layout: TPdfLayout, district: { name: string; address: string }) {
  layout.lines([`**${district.name}**`, isolateLeftToRight(district.address)], { gap: 10 });
}
