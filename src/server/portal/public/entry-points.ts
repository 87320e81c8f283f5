import type { TPortalEvent, TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, type SafeHtml } from "../../arrival/self-registration/html.js";
import { registrationPath } from "../../arrival/self-registration/portal-paths.js";
import { entryTexts } from "./entry-texts.js";
import { eventPlaceTexts } from "./event-place-texts.js";
import { offerTexts } from "./offer-texts.js";
import { formatOccurrence } from "./portal-dates.js";
import { eventTextIn } from "./shown-events.js";
import { eventPath, eventsPath, langAttribute, offersPath, placesPath, type TUnit } from "./view-parts.js";

/** How many coming events the start page names. */
const startPageEvents = 3;

export const selfCheckEntryPath = (language: TContentLanguage) => `/portal/${language}/selbstcheck`;

/**
 * The registration link: the form speaks every content language. From a municipality's pages it names
 * the unit, so the form starts with its municipality chosen where the unit has only one.
 */
export function registrationLink(language: TContentLanguage, unitKey?: string): SafeHtml {
  const path = registrationPath(language);
  return html`<a href="${unitKey ? `${path}?unit=${encodeURIComponent(unitKey)}` : path}">${entryTexts[language].register}</a>`;
}

/** Above the topics: where a newcomer most often wants to go. */
export function renderQuickLinks(language: TContentLanguage, unit: TUnit): SafeHtml {
  const texts = entryTexts[language];
  const words = eventPlaceTexts[language];
  return html`<nav aria-labelledby="quick-links"><h2 id="quick-links">${texts.quickLinks}</h2><ul>
<li>${registrationLink(language, unit.key)}</li>
<li><a href="${selfCheckEntryPath(language)}">${texts.selfCheck}</a></li>
<li><a href="${offersPath(language, unit.key)}">${offerTexts[language].findOffers}</a></li>
<li><a href="${eventsPath(language, unit.key)}">${words.eventsTitle}</a></li>
<li><a href="${placesPath(language, unit.key)}">${words.placesTitle}</a></li>
</ul></nav>`;
}

/** The next three events on the start page, with a link to all of them. */
export function renderNextEvents(
  language: TContentLanguage,
  unit: TUnit,
  occurrences: TPortalEventOccurrence[],
  events: TPortalEvent[],
): SafeHtml | "" {
  if (occurrences.length === 0) return "";
  const texts = entryTexts[language];
  const { allDay } = eventPlaceTexts[language];
  const items = occurrences.slice(0, startPageEvents).map((occurrence) => {
    const event = events.find((candidate) => candidate.id === occurrence.eventId);
    const text = event ? eventTextIn(event, language) : { language, title: occurrence.title };
    return html`<li><a href="${eventPath(language, unit.key, occurrence.eventId)}"${langAttribute(text.language, language)}>${text.title}</a><br>${formatOccurrence(occurrence, language, allDay)}</li>`;
  });
  return html`<section aria-labelledby="next-events"><h2 id="next-events">${texts.nextEvents}</h2><ul>${items}</ul><p><a href="${eventsPath(language, unit.key)}">${texts.allEvents}</a></p></section>`;
}
