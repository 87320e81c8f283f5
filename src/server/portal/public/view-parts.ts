import { directionOf, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, type SafeHtml } from "../../arrival/self-registration/html.js";
import { unitPath } from "./content-pages.js";
import { contentTexts } from "./content-texts.js";

export const eventsPath = (language: TContentLanguage, unitKey: string) => `/portal/${language}/${unitKey}/events`;
export const eventPath = (language: TContentLanguage, unitKey: string, id: string) =>
  `${eventsPath(language, unitKey)}/${id}`;
export const eventsFeedPath = (language: TContentLanguage, unitKey: string) =>
  `/portal/${language}/${unitKey}/events.ics`;
export const eventIcsPath = (language: TContentLanguage, id: string) => `/portal/${language}/events/${id}.ics`;
export const placesPath = (language: TContentLanguage, unitKey: string) => `/portal/${language}/${unitKey}/places`;
export const placePath = (language: TContentLanguage, unitKey: string, id: string) =>
  `${placesPath(language, unitKey)}/${id}`;

export const searchPath = (language: TContentLanguage, unitKey: string) => `/portal/${language}/${unitKey}/search`;
export const offersPath = (language: TContentLanguage, unitKey: string) => `/portal/${language}/${unitKey}/offers`;
export const offerPath = (language: TContentLanguage, unitKey: string, id: string) =>
  `${offersPath(language, unitKey)}/${id}`;

/** An id in an address: anything else is not looked up (PostgreSQL would refuse it as a uuid). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type TUnit = { key: string; name: string };

/** A short text in another language than the frame's, marked inline (say an editor's German note). */
export function inlineIn(shown: TContentLanguage, frame: TContentLanguage, text: string): SafeHtml {
  return shown === frame ? html`${text}` : html`<span lang="${shown}" dir="${directionOf(shown)}">${text}</span>`;
}

/** The `lang` attribute a link needs when its text is not in the frame's language. */
export function langAttribute(shown: string, frame: TContentLanguage): SafeHtml {
  return shown === frame ? html`` : html` lang="${shown}"`;
}

/** Home › unit, and further steps. */
export function unitCrumbs(language: TContentLanguage, unit: TUnit, ...more: { label: string; href: string }[]) {
  return [
    { label: contentTexts[language].home, href: `/portal/${language}/` },
    { label: unit.name, href: unitPath(language, unit.key) },
    ...more,
  ];
}

/** Small labels such as "open now", as a list so screen readers count them. */
export function marks(labels: (string | false)[]): SafeHtml | "" {
  const shown = labels.filter((label): label is string => label !== false);
  return shown.length === 0 ? "" : html`<ul class="marks">${shown.map((label) => html`<li>${label}</li>`)}</ul>`;
}
