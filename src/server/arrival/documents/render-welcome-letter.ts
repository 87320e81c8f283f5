import { isolateLeftToRight } from "../../platform/pdf/bidi-runs.js";
import { createPdfDocument, finishPdfDocument } from "../../platform/pdf/pdf-document.js";
import { createPdfLayout } from "../../platform/pdf/pdf-layout.js";
import { writeContactPoint, writeDistrictAddress } from "./contact-block.js";
import { formatDocumentDate } from "./document-date.js";
import { fillText, type TWelcomeStep, welcomeLetterTexts, welcomeSteps } from "./document-texts.js";
import type { TWelcomeLetterData } from "./welcome-letter-data.js";

/** Kita from birth (registering early is the point), school for school-age children; the rest for everyone. */
function chooseSteps({ ageGroups }: TWelcomeLetterData): TWelcomeStep[] {
  return welcomeSteps.filter((step) => {
    if (step === "kita") return ageGroups.has("infant") || ageGroups.has("kita");
    if (step === "school") return ageGroups.has("school");
    return true;
  });
}

/**
 * The welcome letter: letterhead, address, date, welcome, the municipality's contact point (or
 * whom to ask instead), the district's migration centre, first steps; in any language but German
 * a note that the letter exists in German and a German summary of the steps at the end.
 */
export async function renderWelcomeLetter(data: TWelcomeLetterData, now = new Date()): Promise<Buffer> {
  const { language, direction, person } = data;
  const text = welcomeLetterTexts[language];
  const district = person.district.name;
  const title = fillText(text.title, { district });
  const doc = createPdfDocument({ title, language });
  const layout = createPdfLayout(doc, direction);
  const unitName = data.municipalContact?.organisationName ?? person.municipalUnitName;

  layout.lines([`**${district}**`, unitName], { size: 11, gap: 4 });
  layout.rule();
  const place = [person.postalCode, person.municipalityName].filter(Boolean).join(" ");
  layout.lines(
    [person.name, ...(person.street ? [isolateLeftToRight(person.street)] : []), isolateLeftToRight(place)],
    {
      gap: 14,
    },
  );
  layout.paragraph(formatDocumentDate(language, now), { gap: 14 });

  layout.heading(title, { size: 16, level: 1 });
  if (text.germanNote !== "") layout.paragraph(text.germanNote, { size: 9, color: "#444444" });
  layout.paragraph(fillText(text.salutation, { name: person.name }));
  layout.paragraph(text.intro);

  layout.heading(text.contactHeading, { size: 12.5 });
  if (data.municipalContact) writeContactPoint(layout, data.municipalContact, text.labels);
  else layout.paragraph(fillText(text.contactMissing, { unit: unitName }));
  layout.heading(text.districtHeading, { size: 12.5 });
  if (data.districtContact) writeContactPoint(layout, data.districtContact, text.labels);
  else writeDistrictAddress(layout, person.district);

  const steps = chooseSteps(data);
  layout.heading(text.stepsHeading, { size: 12.5 });
  layout.list(steps.map((step) => text.steps[step]));

  layout.paragraph(text.closing);
  layout.lines([text.signOff, fillText(text.signature, { district })], { gap: 18 });

  if (language !== "de") {
    const german = welcomeLetterTexts.de;
    layout.rule();
    layout.heading(text.germanSummaryHeading, { size: 12, direction: "ltr", lang: "de" });
    layout.list(
      steps.map((step) => german.steps[step]),
      { direction: "ltr", size: 9.5, lang: "de" },
    );
  }
  return finishPdfDocument(doc);
}
