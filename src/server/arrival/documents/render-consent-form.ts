import { consentPurposes } from "../../../common/arrival/consent.js";
import { isolateLeftToRight } from "../../platform/pdf/bidi-runs.js";
import { createPdfDocument, finishPdfDocument } from "../../platform/pdf/pdf-document.js";
import { createPdfLayout } from "../../platform/pdf/pdf-layout.js";
import type { TConsentFormData } from "./consent-form-data.js";
import { consentFormTexts, fillText } from "./document-texts.js";

/**
 * The consent form to sign in person: the privacy notice, then one yes/no box per purpose with its
 * explanation, a line for the named providers, place, date and signature. The small print names
 * the notice's version and language, so staff record consent under exactly that notice.
 */
export async function renderConsentForm({ language, direction, person, notice }: TConsentFormData): Promise<Buffer> {
  const text = consentFormTexts[language];
  const doc = createPdfDocument({ title: `${notice.title} – ${text.title}`, language });
  const layout = createPdfLayout(doc, direction);
  const isNoticeInFormLanguage = notice.language === language;
  const noticeBlock = isNoticeInFormLanguage ? { direction } : { direction: "ltr" as const, lang: notice.language };

  layout.paragraph(`**${person.district.name}**`, { size: 11 });
  layout.rule();
  layout.heading(notice.title, { size: 15, level: 1, ...noticeBlock });
  if (!isNoticeInFormLanguage) layout.paragraph(text.noticeInGerman, { color: "#444444" });
  layout.markdown(notice.body, { size: 9.5, ...noticeBlock });

  layout.pageBreak();
  layout.heading(text.title, { size: 15 });
  layout.paragraph(`**${text.nameLabel}:** ${person.name}`, { size: 11.5 });
  layout.paragraph(text.intro);
  for (const purpose of consentPurposes) {
    const { title, explanation } = text.purposes[purpose];
    layout.paragraph(`**${title}**`, { gap: 2 });
    layout.paragraph(explanation, { gap: 6 });
    layout.tickBoxes([text.yes, text.no]);
    if (purpose === "provider_sharing") {
      layout.paragraph(text.providersLabel, { size: 9.5, gap: 0 });
      layout.writingLines([""]);
    }
  }
  layout.writingLines([text.placeDate, text.signature]);
  const smallPrint = fillText(text.smallPrint, {
    version: isolateLeftToRight(notice.version),
    language: isolateLeftToRight(notice.language),
  });
  layout.paragraph(smallPrint, {
    size: 8,
    color: "#444444",
    gap: 2,
  });
  if (language !== "de") {
    layout.paragraph(
      `Für die Erfassung: Datenschutzhinweis Version ${notice.version}, Sprache ${notice.language}; Formular in Sprache ${language}.`,
      { size: 8, color: "#444444", direction: "ltr", lang: "de" },
    );
  }
  return finishPdfDocument(doc);
}
