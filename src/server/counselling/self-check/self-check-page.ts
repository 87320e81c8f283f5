import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import {
  cefrAnswerLevels,
  type TAnswers,
  type TAnswerValue,
  type TQuestion,
} from "../../../common/counselling/questionnaire-schemas.js";
import { attributes, html, type SafeHtml } from "../../arrival/self-registration/html.js";
import { renderPortalPage } from "../../arrival/self-registration/portal-layout.js";
import { formatPortalText } from "../../arrival/self-registration/portal-texts.js";
import type { TSelfCheckSession } from "./self-check-answers.js";
import { fieldName } from "./self-check-form-input.js";
import { selfCheckPath } from "./self-check-paths.js";
import { createSelfCheckWording, selfCheckUiTexts, type TSelfCheckWording } from "./self-check-texts.js";

type TPageInput = {
  language: TPortalLanguage;
  token: string;
  session: TSelfCheckSession;
  sectionIndex: number;
  visible: Set<string>;
  values: TAnswers;
  errors: Map<string, string>;
  notice?: string;
};

type TChoice = { value: string; label: string };

function choicesOf(question: TQuestion, wording: TSelfCheckWording, language: TPortalLanguage): TChoice[] {
  const ui = selfCheckUiTexts[language];
  if (question.type === "yes_no")
    return [
      { value: "yes", label: ui.yes },
      { value: "no", label: ui.no },
    ];
  if (question.type === "cefr_level") {
    return cefrAnswerLevels.map((level) => ({ value: level, label: level === "none" ? ui.cefrNone : level }));
  }
  return (question.options ?? []).map((option) => ({
    value: option.value,
    label: wording.option(question.id, option.value),
  }));
}

function asStrings(value: TAnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  return [String(value)];
}

function renderQuestion(question: TQuestion, input: TPageInput, wording: TSelfCheckWording): SafeHtml {
  const name = fieldName(question.id);
  const error = input.errors.get(question.id);
  const errorId = `${name}-error`;
  const errorHtml = error ? html`<p class="error" id="${errorId}">${error}</p>` : "";
  const invalid = { "aria-invalid": error ? "true" : undefined, "aria-describedby": error ? errorId : undefined };
  const current = asStrings(input.values[question.id]);
  const label = wording.question(question.id);
  const shown = html`<input type="hidden" name="shown" value="${question.id}">`;
  if (["single_choice", "multiple_choice", "yes_no", "cefr_level"].includes(question.type)) {
    const type = question.type === "multiple_choice" ? "checkbox" : "radio";
    const choices = choicesOf(question, wording, input.language).map((choice, index) => {
      const id = `${name}-${index}`;
      return html`<div class="check"><input${attributes({
        type,
        id,
        name,
        value: choice.value,
        checked: current.includes(choice.value),
      })}><label for="${id}">${choice.label}</label></div>`;
    });
    return html`${shown}<fieldset id="${name}"${attributes(invalid)}><legend>${label}</legend>${errorHtml}${choices}</fieldset>`;
  }
  const field =
    question.type === "text"
      ? html`<textarea${attributes({ id: name, name, rows: 3, maxlength: 2000, ...invalid })}>${current[0] ?? ""}</textarea>`
      : html`<input${attributes({
          id: name,
          name,
          type: question.type === "date" ? "date" : "number",
          inputmode: question.type === "number" ? "numeric" : undefined,
          min: question.min,
          max: question.max,
          value: current[0] ?? "",
          ...invalid,
        })}>`;
  return html`${shown}<div><label for="${name}">${label}</label>${errorHtml}${field}</div>`;
}

/** One section of the self-check as a plain form: complete without JavaScript, in the newcomer's language. */
export function renderSelfCheckPage(input: TPageInput): string {
  const { language, token, session, sectionIndex } = input;
  const ui = selfCheckUiTexts[language];
  const wording = createSelfCheckWording(session.definition, language);
  const sections = session.definition.sections;
  const section = sections[sectionIndex];
  if (!section) throw new Error(`no section ${sectionIndex}`);
  const isLast = sectionIndex === sections.length - 1;
  const summary =
    input.errors.size > 0
      ? html`<div class="summary" role="alert" tabindex="-1"><p><strong>${ui.errorSummary}</strong></p><ul>${[
          ...input.errors.keys(),
        ].map((id) => html`<li><a href="#${fieldName(id)}">${wording.question(id)}</a></li>`)}</ul></div>`
      : "";
  const body = html`${sectionIndex === 0 ? html`<p>${ui.intro}</p>` : ""}
${summary}${input.notice ? html`<p class="notice" role="status">${input.notice}</p>` : ""}
<p class="hint">${formatPortalText(ui.step, { current: sectionIndex + 1, total: sections.length })}</p>
<h2>${wording.section(section.id)}</h2>
<form method="post" action="${selfCheckPath(language, token)}" novalidate>
<input type="hidden" name="section" value="${section.id}">
${section.questions.filter((question) => input.visible.has(question.id)).map((question) => renderQuestion(question, input, wording))}
<div class="row">
${sectionIndex > 0 ? html`<div><button type="submit" name="action" value="back" class="secondary">${ui.back}</button></div>` : ""}
<div><button type="submit" name="action" value="${isLast ? "submit" : "next"}">${isLast ? ui.submit : ui.next}</button></div>
</div>
</form>`;
  return renderPortalPage({
    language,
    title: `${wording.title()}`,
    body,
    switchPath: (other) => selfCheckPath(other, token),
  });
}

export function renderSelfCheckMessage(language: TPortalLanguage, token: string, kind: "thanks" | "invalid"): string {
  const ui = selfCheckUiTexts[language];
  return renderPortalPage({
    language,
    title: kind === "thanks" ? ui.thanksTitle : ui.invalidTitle,
    body: html`<p>${kind === "thanks" ? ui.thanks : ui.invalid}</p>`,
    switchPath: (other) => selfCheckPath(other, token),
  });
}
