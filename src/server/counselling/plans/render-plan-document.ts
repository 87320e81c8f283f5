import type { TGoal, TMeasure } from "../../../common/counselling/plan-schemas.js";
import { formatDocumentDate } from "../../arrival/documents/document-date.js";
import { fillText } from "../../arrival/documents/document-texts.js";
import { isolateLeftToRight } from "../../platform/pdf/bidi-runs.js";
import { createPdfDocument, finishPdfDocument } from "../../platform/pdf/pdf-document.js";
import { createPdfLayout, type TPdfLayout } from "../../platform/pdf/pdf-layout.js";
import type { TPlanDocumentData } from "./plan-document-data.js";
import { planDocumentTexts, type TPlanDocumentText } from "./plan-document-texts.js";

/** Markdown stars in entered text would turn bold; titles and names are printed as entered. */
function asEntered(text: string): string {
  return text.replaceAll("*", "∗");
}

/**
 * A calendar date (or a moment's day in Berlin) in the document's language; digits and order stay
 * left to right inside Arabic. Noon UTC is the same day in Berlin.
 */
function formatDate(data: TPlanDocumentData, date: string | Date): string {
  const moment = typeof date === "string" ? new Date(`${date}T12:00:00Z`) : date;
  return isolateLeftToRight(formatDocumentDate(data.language, moment));
}

function describeResponsible(measure: TMeasure, text: TPlanDocumentText): string {
  const kind = text.responsibleKinds[measure.responsibleKind];
  const name = measure.responsibleOrganisationName ?? measure.responsibleUserName;
  return name === null ? kind : `${kind}: ${asEntered(name)}`;
}

function describeMeasure(data: TPlanDocumentData, measure: TMeasure, text: TPlanDocumentText): string {
  const parts = [
    `${text.responsibleLabel}: ${describeResponsible(measure, text)}`,
    ...(measure.dueOn ? [`${text.dueLabel}: ${formatDate(data, measure.dueOn)}`] : []),
    `${text.measureStatusLabel}: ${text.measureStatuses[measure.status]}`,
  ];
  return `**${asEntered(measure.title)}** – ${parts.join(" · ")}`;
}

function writeGoal(layout: TPdfLayout, data: TPlanDocumentData, goal: TGoal, text: TPlanDocumentText) {
  layout.paragraph(`**${text.goalLabel}: ${asEntered(goal.title)}**`, { gap: 2 });
  layout.paragraph(fillText(text.statusOfGoal, { status: text.goalStatuses[goal.status] }), {
    size: 9.5,
    color: "#444444",
    gap: goal.description ? 2 : 6,
  });
  if (goal.description) layout.paragraph(asEntered(goal.description), { gap: 6 });
  if (goal.measures.length === 0) layout.paragraph(text.noMeasures, { size: 9.5, color: "#444444" });
  else layout.list(goal.measures.map((measure) => describeMeasure(data, measure, text)));
}

/** Goals under their field of action, the fields in the reference data's order. */
function writeGoals(layout: TPdfLayout, data: TPlanDocumentData, text: TPlanDocumentText) {
  layout.heading(text.goalsHeading, { size: 12.5 });
  if (data.plan.goals.length === 0) layout.paragraph(text.noGoals);
  const codes = [...data.fieldOfActionNames.keys()];
  const order = (goal: TGoal) => codes.indexOf(goal.fieldOfActionCode);
  const fields = [
    ...new Set([...data.plan.goals].sort((a, b) => order(a) - order(b)).map((goal) => goal.fieldOfActionCode)),
  ];
  for (const code of fields) {
    const name = text.fieldsOfAction[code] ?? data.fieldOfActionNames.get(code) ?? code;
    layout.paragraph(`**${name}**`, { size: 12, gap: 4 });
    for (const goal of data.plan.goals.filter((candidate) => candidate.fieldOfActionCode === code)) {
      writeGoal(layout, data, goal, text);
    }
  }
}

function writeAgreement(layout: TPdfLayout, data: TPlanDocumentData, text: TPlanDocumentText) {
  const { agreement } = data.plan;
  layout.heading(text.agreementHeading, { size: 12.5 });
  if (agreement === null) layout.paragraph(text.notAgreed);
  else {
    const how = text.agreementChannels[agreement.agreedHow];
    layout.paragraph(fillText(text.agreedOn, { date: formatDate(data, agreement.agreedOn), how }), { gap: 2 });
    if (agreement.agreedWith) layout.paragraph(fillText(text.agreedWith, { name: asEntered(agreement.agreedWith) }));
    if (data.plan.changesSinceAgreement.length > 0) layout.paragraph(`**${text.changedSinceAgreement}**`);
  }
  if (data.plan.nextReviewOn) {
    layout.paragraph(fillText(text.nextReview, { date: formatDate(data, data.plan.nextReviewOn) }));
  }
}

/**
 * The printable integration plan: letterhead, the person, the plan's status and agreement, the
 * goals grouped by field of action with their measures (who, by when, status), and lines for the
 * person's and the counsellor's signatures. In any language but German it says that the German
 * plan counts.
 */
export async function renderPlanDocument(data: TPlanDocumentData): Promise<Buffer> {
  const { language, direction, person, plan } = data;
  const text = planDocumentTexts[language];
  const doc = createPdfDocument({ title: `${text.title} – ${person.name}`, language });
  const layout = createPdfLayout(doc, direction);

  layout.lines([`**${person.district.name}**`, person.municipalUnitName], { size: 11, gap: 4 });
  layout.rule();
  layout.heading(text.title, { size: 16, level: 1 });
  if (text.germanNote !== "") layout.paragraph(text.germanNote, { size: 9, color: "#444444" });
  layout.paragraph(`**${text.nameLabel}:** ${asEntered(person.name)}`, { size: 11.5, gap: 2 });
  layout.paragraph(
    `**${text.createdLabel}:** ${formatDate(data, new Date(plan.createdAt))} · **${text.statusLabel}:** ${text.planStatuses[plan.status]}`,
  );

  writeAgreement(layout, data, text);
  writeGoals(layout, data, text);

  layout.heading(text.signatureHeading, { size: 12.5 });
  layout.paragraph(text.signatureIntro);
  layout.writingLines([text.placeDate, text.signaturePerson]);
  layout.writingLines([text.placeDate, text.signatureCaseworker]);
  return finishPdfDocument(doc);
}
