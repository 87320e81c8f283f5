import { placeCategories, weekdays } from "../../../common/portal/place.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "../../arrival/self-registration/html.js";
import { renderContentFrame } from "./content-frame.js";
import { inLanguage } from "./content-pages.js";
import { contentTexts } from "./content-texts.js";
import { eventPlaceTexts } from "./event-place-texts.js";
import { placeJsonLd } from "./json-ld.js";
import { placeCategoryTexts } from "./place-category-texts.js";
import { intlLocale } from "./portal-dates.js";
import type { TShownPlace, TShownPlaceDetail } from "./shown-places.js";
import { inlineIn, langAttribute, marks, placePath, placesPath, type TUnit, unitCrumbs } from "./view-parts.js";

/** "Montag" … in the language read (1 January 2024 was a Monday). */
function weekdayName(language: TContentLanguage, weekday: number): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

function placeMarks(language: TContentLanguage, place: TShownPlace) {
  const texts = eventPlaceTexts[language];
  return marks([
    place.isOpenNow && texts.openNow,
    place.isAppointmentOnly && texts.byAppointment,
    place.isBarrierFree && texts.barrierFree,
  ]);
}

const addressLine = (place: TShownPlace) =>
  [place.street, [place.postalCode, place.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");

/** The unit's and the district's places by category, each with its marks. */
export function renderPlaceList(language: TContentLanguage, unit: TUnit, places: TShownPlace[]): string {
  const texts = eventPlaceTexts[language];
  const sections = placeCategories
    .map((category) => ({ category, list: places.filter((place) => place.category === category) }))
    .filter(({ list }) => list.length > 0)
    .map(
      ({ category, list }) =>
        html`<section class="topic" aria-labelledby="category-${category}"><h2 id="category-${category}">${placeCategoryTexts[language][category]}</h2><ul>${list.map(
          (place) =>
            html`<li><a href="${placePath(language, unit.key, place.id)}"${langAttribute(place.language, language)}>${place.name}</a>${
              addressLine(place) ? html`<br>${addressLine(place)}` : ""
            }${placeMarks(language, place)}</li>`,
        )}</ul></section>`,
    );
  return renderContentFrame({
    language,
    title: texts.placesTitle,
    pathIn: (other) => placesPath(other, unit.key),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit),
    body: sections.length === 0 ? html`<p>${texts.noPlaces}</p>` : html`${sections}`,
  });
}

function openingHoursTable(language: TContentLanguage, place: TShownPlace): SafeHtml {
  const texts = eventPlaceTexts[language];
  if (place.openingHours.length === 0) return html`<p>${texts.noOpeningHours}</p>`;
  const rows = weekdays
    .map((weekday) => ({ weekday, slots: place.openingHours.filter((slot) => slot.weekday === weekday) }))
    .filter(({ slots }) => slots.length > 0)
    .map(
      ({ weekday, slots }) =>
        html`<tr><th scope="row">${weekdayName(language, weekday)}</th><td>${slots
          .map((slot) => `${slot.opens}–${slot.closes}`)
          .join(", ")}</td></tr>`,
    );
  return html`<table><caption>${texts.openingHours}</caption><thead><tr><th scope="col">${texts.day}</th><th scope="col">${texts.time}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

function contactList(language: TContentLanguage, place: TShownPlaceDetail): SafeHtml | "" {
  const texts = eventPlaceTexts[language];
  const own = [
    place.phone ? html`<li>${texts.phone}: <a href="${telHref(place.phone)}">${place.phone}</a></li>` : "",
    place.email ? html`<li>${texts.email}: <a href="mailto:${place.email}">${place.email}</a></li>` : "",
    place.website ? html`<li>${texts.website}: <a href="${place.website}">${place.website}</a></li>` : "",
  ];
  const people = place.contacts.map(
    (contact) =>
      html`<li><strong>${contact.name}</strong>${contact.office ? html`, ${inlineIn("de", language, contact.office)}` : ""}${
        contact.phone ? html`<br><a href="${telHref(contact.phone)}">${contact.phone}</a>` : ""
      }${contact.email ? html`<br><a href="mailto:${contact.email}">${contact.email}</a>` : ""}${
        contact.noteDe ? html`<br>${inlineIn("de", language, contact.noteDe)}` : ""
      }</li>`,
  );
  return html`${own.some(Boolean) ? html`<ul>${own}</ul>` : ""}${
    people.length > 0 ? html`<h2>${texts.contacts}</h2><ul>${people}</ul>` : ""
  }`;
}

/** A map link at the coordinates: no map script on the page, the newcomer's own map opens. */
function mapLink(language: TContentLanguage, place: TShownPlace): SafeHtml | "" {
  if (place.latitude === null || place.longitude === null) return "";
  const { latitude: lat, longitude: lon } = place;
  return html`<p><a href="https://www.openstreetmap.org/?mlat=${lat}&amp;mlon=${lon}#map=17/${lat}/${lon}">${eventPlaceTexts[language].map}</a></p>`;
}

/** One place: address, marks, opening hours, contacts, a map link and schema.org data. */
export function renderPlaceDetail(
  language: TContentLanguage,
  unit: TUnit,
  place: TShownPlaceDetail,
  url: string,
): string {
  const texts = eventPlaceTexts[language];
  const titleLanguage: TContentLanguage = place.language === language ? language : "de";
  const notice =
    titleLanguage === language ? "" : html`<p class="notice" role="note">${contentTexts[language].fallbackNotice}</p>`;
  const address = addressLine(place);
  const body = html`${notice}${placeMarks(language, place)}
${address ? html`<h2>${texts.address}</h2><p>${address}</p>${mapLink(language, place)}` : mapLink(language, place)}
${place.description ? inLanguage(titleLanguage, language, new SafeHtml(place.description)) : ""}
<h2>${texts.openingHours}</h2>${openingHoursTable(language, place)}
${place.openingHoursNote ? html`<p>${inlineIn("de", language, place.openingHoursNote)}</p>` : ""}
${place.isBarrierFree && place.barrierFreeNote ? html`<p>${texts.barrierFree}: ${inlineIn("de", language, place.barrierFreeNote)}</p>` : ""}
${contactList(language, place)}
${placeJsonLd(place, url)}`;
  return renderContentFrame({
    language,
    title: place.name,
    titleLanguage,
    pathIn: (other) => placePath(other, unit.key, place.id),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit, { label: texts.placesTitle, href: placesPath(language, unit.key) }),
    body,
  });
}
