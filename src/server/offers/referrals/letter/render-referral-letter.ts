import type { TReferralLetterLanguage } from "../../../../common/offers/referral-schemas.js";
import { writeContactPoint } from "../../../arrival/documents/contact-block.js";
import { formatDocumentDate } from "../../../arrival/documents/document-date.js";
import { createPdfDocument, finishPdfDocument } from "../../../platform/pdf/pdf-document.js";
import { createPdfLayout, type TBlockOptions, type TPdfLayout } from "../../../platform/pdf/pdf-layout.js";
import { asEntered, describeSharedValues } from "./describe-shared-values.js";
import type { TReferralLetterData } from "./referral-letter-data.js";
import { referralLetterTexts } from "./referral-letter-texts.js";

/** Every text block of the layout in one language, so readers of the tagged PDF hear each part in its own. */
function inLanguage(layout: TPdfLayout, lang: string): TPdfLayout {
  return {
    ...layout,
    heading: (text, options = {}) => layout.heading(text, { lang, ...options }),
    paragraph: (text, options = {}) => layout.paragraph(text, { lang, ...options }),
    lines: (texts, options = {}) => layout.lines(texts, { lang, ...options }),
    list: (items, options = {}) => layout.list(items, { lang, ...options }),
  };
}

/** The caseworker's purpose, as entered in German: left to right and marked German in any section. */
const enteredGerman: TBlockOptions = { direction: "ltr", lang: "de" };

/**
 * One letter in one language: the sending organisation's contact point and the caseworker, the
 * recipient (for an offer its title too), the date, the purpose, and the shared values.
 */
function writeLetter(layout: TPdfLayout, data: TReferralLetterData, language: TReferralLetterLanguage, now: Date) {
  const text = referralLetterTexts[language];
  const { sender, recipient } = data;
  if (sender.contact) writeContactPoint(layout, sender.contact, text.labels);
  else layout.lines([`**${asEntered(sender.organisationName)}**`], { gap: 10 });
  if (sender.caseworkerName) layout.paragraph(`${text.caseworkerLabel}: ${asEntered(sender.caseworkerName)}`);
  layout.rule();
  layout.lines(
    [
      `**${asEntered(recipient.name)}**`,
      ...(recipient.offerTitle ? [`${text.offerLabel}: ${asEntered(recipient.offerTitle)}`] : []),
      ...recipient.addressLines.map(asEntered),
    ],
    { gap: 14 },
  );
  layout.paragraph(formatDocumentDate(language, now), { gap: 14 });

  layout.heading(text.title, { size: 16, level: 1 });
  if (text.germanNote !== "") layout.paragraph(text.germanNote, { size: 9, color: "#444444" });
  layout.paragraph(text.salutation);
  layout.paragraph(text.intro);
  layout.heading(text.purposeHeading, { size: 12.5 });
  layout.paragraph(data.purpose.replaceAll("*", "∗"), enteredGerman);
  layout.heading(text.sharedHeading, { size: 12.5 });
  layout.list(describeSharedValues(data, language, text));

  layout.paragraph(text.closing);
  layout.lines(
    [
      text.signOff,
      ...[sender.caseworkerName, sender.organisationName].flatMap((name) => (name ? [asEntered(name)] : [])),
    ],
    { gap: 18 },
  );
}

/**
 * The printable referral letter to a provider: in German, and then, on a new page, the same letter
 * in the person's language (right to left for Arabic) for the person to keep.
 */
export async function renderReferralLetter(data: TReferralLetterData, now = new Date()): Promise<Buffer> {
  const title = `${referralLetterTexts.de.title} – ${data.recipient.name}`;
  const doc = createPdfDocument({ title, language: "de" });
  const german = createPdfLayout(doc, "ltr");
  writeLetter(german, data, "de", now);
  if (data.language !== "de") {
    german.pageBreak();
    writeLetter(inLanguage(createPdfLayout(doc, data.direction), data.language), data, data.language, now);
  }
  return finishPdfDocument(doc);
}
