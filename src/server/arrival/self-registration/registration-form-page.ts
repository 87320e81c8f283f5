import { sexes } from "../../../common/arrival/person.js";
import {
  offeredLanguages,
  portalConsentPurposes,
  portalLanguages,
  type TPortalConsentPurpose,
  type TPortalLanguage,
} from "../../../common/arrival/self-registration.js";
import { languageName, listNationalityCodes, nationalityName } from "../../../common/platform/iso-codes.js";
import { attributes, html, renderNoticeMarkdown, SafeHtml } from "./html.js";
import { renderPortalPage } from "./portal-layout.js";
import { registrationPath } from "./portal-paths.js";
import { portalTexts, type TPortalTextKey } from "./portal-texts.js";

/** What the newcomer typed, as the form sent it (strings and ticked boxes), to show it again after an error. */
export type TFormValues = {
  municipalityAgs: string;
  givenName: string;
  familyName: string;
  birthYear: string;
  birthMonth: string;
  birthDay: string;
  sex: string;
  nationality: string;
  languages: string[];
  arrivedInMunicipalityOn: string;
  phone: string;
  email: string;
  preferredLanguage: string;
  hasReadPrivacyNotice: boolean;
  consents: Record<TPortalConsentPurpose, boolean>;
};

export type TFormField = Exclude<keyof TFormValues, "consents">;

export const emptyFormValues: TFormValues = {
  municipalityAgs: "",
  givenName: "",
  familyName: "",
  birthYear: "",
  birthMonth: "",
  birthDay: "",
  sex: "not_stated",
  nationality: "",
  languages: [],
  arrivedInMunicipalityOn: "",
  phone: "",
  email: "",
  preferredLanguage: "",
  hasReadPrivacyNotice: false,
  consents: { counselling: false, municipality_contact: false, statistics: false },
};

export type TPrivacyNoticeShown = { id: string; title: string; body: string; isFallback: boolean };

export type TFormPage = {
  language: TPortalLanguage;
  municipalities: { ags: string; name: string }[];
  notice: TPrivacyNoticeShown;
  formToken: string;
  values: TFormValues;
  /** Field → the text key of its message. */
  errors: Partial<Record<TFormField, TPortalTextKey>>;
  /** A message about the form as a whole (too fast, expired, refused). */
  formError?: TPortalTextKey;
};

const consentTextKeys: Record<TPortalConsentPurpose, TPortalTextKey> = {
  counselling: "consentCounselling",
  municipality_contact: "consentMunicipalityContact",
  statistics: "consentStatistics",
};
const sexTextKeys = {
  female: "sexFemale",
  male: "sexMale",
  diverse: "sexDiverse",
  not_stated: "sexNotStated",
} as const;

/** The element each field's error links to (the first checkbox of a group). */
export function fieldId(field: TFormField): string {
  return field === "languages" ? `language-${offeredLanguages[0]}` : field;
}

/** The registration form: every field labelled, hints and errors tied to their field, an error summary with links. */
export function renderRegistrationForm(page: TFormPage): string {
  const { language, values, errors } = page;
  const t = portalTexts[language];
  const collator = new Intl.Collator(language);

  const describedBy = (field: TFormField, hasHint: boolean) => {
    const ids = [hasHint ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ");
    return ids || undefined;
  };
  const errorOf = (field: TFormField) => {
    const key = errors[field];
    return key ? html`<p class="error" id="${field}-error">${t[key]}</p>` : "";
  };
  const input = (
    field: TFormField,
    type: string,
    extra: Record<string, string | boolean | undefined> = {},
    hint?: string,
  ) =>
    html`${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : ""}${errorOf(field)}<input${attributes({
      type,
      id: field,
      name: field,
      value: String(values[field]),
      "aria-invalid": errors[field] ? "true" : undefined,
      "aria-describedby": describedBy(field, hint !== undefined),
      ...extra,
    })}>`;
  const select = (field: TFormField, options: SafeHtml[], extra: Record<string, string | boolean | undefined> = {}) =>
    html`${errorOf(field)}<select${attributes({
      id: field,
      name: field,
      "aria-invalid": errors[field] ? "true" : undefined,
      "aria-describedby": describedBy(field, false),
      ...extra,
    })}>${options}</select>`;
  const option = (value: string, label: string, selected: string) =>
    html`<option${attributes({ value, selected: value === selected })}>${label}</option>`;

  const months = Array.from({ length: 12 }, (_, index) =>
    option(
      String(index + 1),
      // Gregorian months in every language: Farsi would otherwise name the months of the Persian calendar.
      new Intl.DateTimeFormat(language, { month: "long", calendar: "gregory", timeZone: "UTC" }).format(
        new Date(Date.UTC(2000, index, 1)),
      ),
      values.birthMonth,
    ),
  );
  const nationalities = listNationalityCodes()
    .map((code) => ({ code, name: nationalityName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // Easy German is a way of writing, not a language to be spoken to in: it is German here.
  const spokenPortalLanguages = portalLanguages.filter((code) => code !== "de-x-easy");
  const contactLanguages = [
    ...spokenPortalLanguages,
    ...offeredLanguages.filter((code) => !(spokenPortalLanguages as readonly string[]).includes(code)),
  ];
  const errorEntries = Object.entries(errors) as [TFormField, TPortalTextKey][];

  const summary =
    errorEntries.length > 0 || page.formError
      ? html`<div class="summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.errorSummary}</h2>
${page.formError ? html`<p>${t[page.formError]}</p>` : ""}
<ul>${errorEntries.map(([field, key]) => html`<li><a href="#${fieldId(field)}">${t[key]}</a></li>`)}</ul>
</div>`
      : "";

  const body = html`${summary}<p>${t.intro}</p>
<form method="post" action="${registrationPath(language)}" novalidate>
<input type="hidden" name="formToken" value="${page.formToken}">
<input type="hidden" name="privacyNoticeId" value="${page.notice.id}">
<fieldset><legend>${t.placeLegend}</legend>
<label for="municipalityAgs">${t.municipality}</label>
${select(
  "municipalityAgs",
  [
    option("", t.choose, values.municipalityAgs),
    ...page.municipalities.map((m) => option(m.ags, m.name, values.municipalityAgs)),
  ],
  { required: true, "aria-required": "true" },
)}
<label for="arrivedInMunicipalityOn">${t.arrivedOn} (${t.optional})</label>
${input("arrivedInMunicipalityOn", "date", {}, t.arrivedOnHint)}
</fieldset>
<fieldset><legend>${t.personLegend}</legend>
<p class="hint" id="name-hint">${t.nameHint}</p>
<label for="givenName">${t.givenName}</label>
${input("givenName", "text", { autocomplete: "given-name", maxlength: "200", "aria-describedby": errors.givenName ? "name-hint givenName-error" : "name-hint" })}
<label for="familyName">${t.familyName}</label>
${input("familyName", "text", { autocomplete: "family-name", maxlength: "200", "aria-describedby": errors.familyName ? "name-hint familyName-error" : "name-hint" })}
<fieldset><legend>${t.birthLegend} (${t.optional})</legend>
<div class="row">
<div><label for="birthDay">${t.birthDay}</label>${input("birthDay", "text", { inputmode: "numeric", maxlength: "2", autocomplete: "bday-day" })}</div>
<div><label for="birthMonth">${t.birthMonth}</label>${select("birthMonth", [option("", "–", values.birthMonth), ...months], { autocomplete: "bday-month" })}</div>
<div><label for="birthYear">${t.birthYear}</label>${input("birthYear", "text", { inputmode: "numeric", maxlength: "4", autocomplete: "bday-year" })}</div>
</div>
</fieldset>
<label for="sex">${t.sex} (${t.optional})</label>
${select(
  "sex",
  sexes.map((sex) => option(sex, t[sexTextKeys[sex]], values.sex)),
)}
<label for="nationality">${t.nationality} (${t.optional})</label>
${select("nationality", [option("", t.notStated, values.nationality), ...nationalities.map((n) => option(n.code, n.name, values.nationality))])}
<fieldset><legend>${t.languagesLegend} (${t.optional})</legend>
${errorOf("languages")}
${offeredLanguages.map(
  (code) =>
    html`<div class="check"><input${attributes({
      type: "checkbox",
      id: `language-${code}`,
      name: "languages",
      value: code,
      checked: values.languages.includes(code),
    })}><label for="language-${code}">${languageName(code, language)}</label></div>`,
)}
</fieldset>
</fieldset>
<fieldset><legend>${t.contactLegend} (${t.optional})</legend>
<label for="phone">${t.phone}</label>
${input("phone", "tel", { autocomplete: "tel", maxlength: "30", dir: "ltr" })}
<label for="email">${t.email}</label>
${input("email", "email", { autocomplete: "email", maxlength: "254", dir: "ltr" }, t.emailHint)}
<label for="preferredLanguage">${t.preferredLanguage}</label>
${select("preferredLanguage", [option("", t.notStated, values.preferredLanguage), ...contactLanguages.map((code) => option(code, languageName(code, language), values.preferredLanguage))])}
</fieldset>
<fieldset><legend>${t.privacyLegend}</legend>
${page.notice.isFallback ? html`<p>${t.privacyFallback}</p>` : ""}
<section class="notice" aria-labelledby="notice-title" tabindex="0"${page.notice.isFallback ? new SafeHtml(' lang="de" dir="ltr"') : ""}>
<h2 id="notice-title">${page.notice.title}</h2>
${renderNoticeMarkdown(page.notice.body)}
</section>
${errorOf("hasReadPrivacyNotice")}
<div class="check"><input${attributes({
    type: "checkbox",
    id: "hasReadPrivacyNotice",
    name: "hasReadPrivacyNotice",
    value: "yes",
    checked: values.hasReadPrivacyNotice,
    required: true,
    "aria-invalid": errors.hasReadPrivacyNotice ? "true" : undefined,
    "aria-describedby": errors.hasReadPrivacyNotice ? "hasReadPrivacyNotice-error" : undefined,
  })}><label for="hasReadPrivacyNotice">${t.hasReadPrivacyNotice}</label></div>
<fieldset><legend>${t.consentsLegend}</legend>
${portalConsentPurposes.map(
  (purpose) =>
    html`<div class="check"><input${attributes({
      type: "checkbox",
      id: `consent-${purpose}`,
      name: `consent-${purpose}`,
      value: "yes",
      checked: values.consents[purpose],
    })}><label for="consent-${purpose}">${t[consentTextKeys[purpose]]}</label></div>`,
)}
</fieldset>
</fieldset>
<div class="hp"><label for="website">${t.honeypot}</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.submit}</button>
</form>`;

  return renderPortalPage({ language, title: t.pageTitle, body, switchPath: registrationPath });
}
