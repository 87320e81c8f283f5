import type { TPortalEvent, TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "../../arrival/self-registration/html.js";
import { renderContentFrame } from "./content-frame.js";
import { inLanguage } from "./content-pages.js";
import { contentTexts } from "./content-texts.js";
import { eventPlaceTexts } from "./event-place-texts.js";
import { eventJsonLd } from "./json-ld.js";
import { dayKey, formatDay, formatOccurrence, formatTimes } from "./portal-dates.js";
import { eventTextIn } from "./shown-events.js";
import {
  eventIcsPath,
  eventPath,
  eventsFeedPath,
  eventsPath,
  inlineIn,
  langAttribute,
  type TUnit,
  unitCrumbs,
} from "./view-parts.js";

const dayMs = 86_400_000;
/** How many further dates a recurring event's page lists. */
const nextDatesShown = 5;

/** A link to one occurrence's event, titled in the language read or German. */
function occurrenceLink(
  language: TContentLanguage,
  unit: TUnit,
  occurrence: TPortalEventOccurrence,
  event: TPortalEvent | undefined,
): SafeHtml {
  const text = event ? eventTextIn(event, language) : { language, title: occurrence.title };
  return html`<a href="${eventPath(language, unit.key, occurrence.eventId)}"${langAttribute(text.language, language)}>${text.title}</a>`;
}

/** The coming occurrences, one short list per day; used on the events page and the start page. */
export function renderOccurrenceDays(
  language: TContentLanguage,
  unit: TUnit,
  occurrences: TPortalEventOccurrence[],
  events: TPortalEvent[],
  headingLevel: 2 | 3,
): SafeHtml[] {
  const { allDay } = eventPlaceTexts[language];
  const days = new Map<string, TPortalEventOccurrence[]>();
  for (const occurrence of occurrences)
    days.set(dayKey(occurrence), [...(days.get(dayKey(occurrence)) ?? []), occurrence]);
  const heading = new SafeHtml(`h${headingLevel}`);
  return [...days].map(([key, list]) => {
    const items = list.map(
      (occurrence) =>
        html`<li>${formatTimes(occurrence, language, allDay)}: ${occurrenceLink(
          language,
          unit,
          occurrence,
          events.find((event) => event.id === occurrence.eventId),
        )}</li>`,
    );
    const first = list[0] as TPortalEventOccurrence;
    return html`<section aria-labelledby="day-${key}"><${heading} id="day-${key}">${formatDay(first, language)}</${heading}><ul>${items}</ul></section>`;
  });
}

/** The unit's events of the next 60 days by day, with the calendar feed. */
export function renderEventList(
  language: TContentLanguage,
  unit: TUnit,
  occurrences: TPortalEventOccurrence[],
  events: TPortalEvent[],
): string {
  const texts = eventPlaceTexts[language];
  const days = renderOccurrenceDays(language, unit, occurrences, events, 2);
  return renderContentFrame({
    language,
    title: texts.eventsTitle,
    pathIn: (other) => eventsPath(other, unit.key),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit),
    body: html`${days.length === 0 ? html`<p>${texts.noEvents}</p>` : days}<p><a href="${eventsFeedPath(language, unit.key)}">${texts.eventsFeed}</a></p>`,
  });
}

/** The event's own first date, for an event whose dates are all past. */
function firstOccurrence(event: TPortalEvent): TPortalEventOccurrence {
  const isAllDay = event.startsOn !== null;
  return {
    eventId: event.id,
    isAllDay,
    title: "",
    startsAt: isAllDay ? `${event.startsOn}T00:00:00.000Z` : (event.startsAt ?? ""),
    endsAt: isAllDay
      ? new Date(new Date(`${event.endsOn}T00:00:00Z`).getTime() + dayMs).toISOString()
      : (event.endsAt ?? ""),
  };
}

export type TEventDetail = {
  event: TPortalEvent;
  next: TPortalEventOccurrence[];
  place: { name: string; language: string; href: string } | undefined;
  /** The page's own absolute address, for the schema.org data. */
  url: string;
  origin: string;
};

/** One event: when, where, who, cost, its text (or German with a notice), next dates, .ics and schema.org data. */
export function renderEventDetail(language: TContentLanguage, unit: TUnit, detail: TEventDetail): string {
  const { event, next, place } = detail;
  const texts = eventPlaceTexts[language];
  const text = eventTextIn(event, language);
  const shownDate = next[0] ?? firstOccurrence(event);
  const notice =
    text.language === language ? "" : html`<p class="notice" role="note">${contentTexts[language].fallbackNotice}</p>`;
  const where = [
    place ? html`<a href="${place.href}"${langAttribute(place.language, language)}>${place.name}</a>` : "",
    event.address ? html`${place ? html`<br>` : ""}${inlineIn("de", language, event.address)}` : "",
  ];
  const facts = html`<dl>
<dt>${texts.when}</dt><dd>${formatOccurrence(shownDate, language, texts.allDay)}</dd>
${place || event.address ? html`<dt>${texts.where}</dt><dd>${where}</dd>` : ""}
${event.onlineUrl ? html`<dt>${texts.online}</dt><dd><a href="${event.onlineUrl}">${event.onlineUrl}</a></dd>` : ""}
${event.organiser ? html`<dt>${texts.organiser}</dt><dd>${inlineIn("de", language, event.organiser)}</dd>` : ""}
</dl>
<ul class="marks"><li>${event.isFree ? texts.free : texts.notFree}</li></ul>`;
  const later = event.recurrence !== null && next.length > 1 ? next.slice(1, 1 + nextDatesShown) : [];
  const nextDates =
    later.length === 0
      ? ""
      : html`<h2>${texts.nextDates}</h2><ul>${later.map((occurrence) => html`<li>${formatOccurrence(occurrence, language, texts.allDay)}</li>`)}</ul>`;
  const description = text.descriptionHtml
    ? inLanguage(text.language, language, new SafeHtml(text.descriptionHtml))
    : "";
  const placeData = place && { name: place.name, url: `${detail.origin}${place.href}` };
  return renderContentFrame({
    language,
    title: text.title,
    titleLanguage: text.language,
    pathIn: (other) => eventPath(other, unit.key, event.id),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit, { label: texts.eventsTitle, href: eventsPath(language, unit.key) }),
    body: html`${notice}${facts}${description}${nextDates}<p><a href="${eventIcsPath(language, event.id)}">${texts.addToCalendar}</a></p>
${eventJsonLd(event, text, next[0], detail.url, placeData)}`,
  });
}
