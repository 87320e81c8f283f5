import type { TPublicOffer } from "../../../common/offers/offer-search-schemas.js";
import type { TPortalEvent, TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import type { TPlaceCategory } from "../../../common/portal/place.js";
import { SafeHtml } from "../../arrival/self-registration/html.js";
import type { TEventText } from "./shown-events.js";
import type { TShownPlaceDetail } from "./shown-places.js";

type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson };

/**
 * A `<script type="application/ld+json">` block. `<` is written as \u003c so no text of an editor's
 * (say "</script>") can end the block; the JSON stays the same for every parser.
 */
export function jsonLdScript(data: { [key: string]: TJson }): SafeHtml {
  const json = JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
  return new SafeHtml(`<script type="application/ld+json">${json}</script>`);
}

/** Without tags and entities, for search engines' plain-text descriptions. */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The schema.org type a category suggests; offices are GovernmentOffice. */
const placeTypes: Partial<Record<TPlaceCategory, string>> = {
  authority: "GovernmentOffice",
  job_centre: "GovernmentOffice",
  hospital_emergency: "Hospital",
  pharmacy: "Pharmacy",
  doctor_health: "MedicalClinic",
  kita: "ChildCare",
  school: "School",
  library: "Library",
  place_of_worship: "PlaceOfWorship",
  sports: "SportsActivityLocation",
};

function postalAddress(street: string | null, postalCode: string | null, city: string | null) {
  return {
    "@type": "PostalAddress",
    ...(street ? { streetAddress: street } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(city ? { addressLocality: city } : {}),
    addressCountry: "DE",
  };
}

/** schema.org Place (or a more special type) with address, geo and the weekly opening hours. */
export function placeJsonLd(place: TShownPlaceDetail, url: string) {
  return jsonLdScript({
    "@type": placeTypes[place.category] ?? "Place",
    name: place.name,
    url,
    ...(place.description ? { description: plainText(place.description) } : {}),
    address: postalAddress(place.street, place.postalCode, place.city),
    ...(place.latitude !== null && place.longitude !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } }
      : {}),
    ...(place.phone ? { telephone: place.phone } : {}),
    ...(place.email ? { email: place.email } : {}),
    ...(place.website ? { sameAs: place.website } : {}),
    ...(place.openingHours.length > 0
      ? {
          openingHoursSpecification: place.openingHours.map((slot) => ({
            "@type": "OpeningHoursSpecification",
            dayOfWeek: `https://schema.org/${weekdayNames[slot.weekday - 1]}`,
            opens: slot.opens,
            closes: slot.closes,
          })),
        }
      : {}),
  });
}

function attendanceMode(event: TPortalEvent): string {
  const isOnline = event.onlineUrl !== null;
  const isOffline = event.address !== null || event.placeId !== null;
  if (isOnline && isOffline) return "https://schema.org/MixedEventAttendanceMode";
  return isOnline ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode";
}

/** All-day events are dates; timed ones full instants. */
const dateOf = (occurrence: TPortalEventOccurrence, edge: "startsAt" | "endsAt") =>
  occurrence.isAllDay
    ? new Date(new Date(occurrence[edge]).getTime() - (edge === "endsAt" ? 1 : 0)).toISOString().slice(0, 10)
    : occurrence[edge];

/** schema.org Event at its next date, with where (a place, an address, online), who and whether it is free. */
export function eventJsonLd(
  event: TPortalEvent,
  text: TEventText,
  next: TPortalEventOccurrence | undefined,
  url: string,
  place: { name: string; url: string } | undefined,
) {
  const locations: TJson[] = [];
  if (place || event.address) {
    locations.push({
      "@type": "Place",
      ...(place ? { name: place.name, url: place.url } : {}),
      ...(event.address ? { address: event.address } : {}),
      ...(event.latitude !== null && event.longitude !== null
        ? { geo: { "@type": "GeoCoordinates", latitude: event.latitude, longitude: event.longitude } }
        : {}),
    });
  }
  if (event.onlineUrl) locations.push({ "@type": "VirtualLocation", url: event.onlineUrl });
  return jsonLdScript({
    "@type": "Event",
    name: text.title,
    url,
    inLanguage: text.language,
    ...(text.descriptionHtml ? { description: plainText(text.descriptionHtml) } : {}),
    ...(next ? { startDate: dateOf(next, "startsAt"), endDate: dateOf(next, "endsAt") } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: attendanceMode(event),
    ...(locations.length === 1
      ? { location: locations[0] ?? null }
      : locations.length > 1
        ? { location: locations }
        : {}),
    ...(event.organiser ? { organizer: { "@type": "Organization", name: event.organiser } } : {}),
    isAccessibleForFree: event.isFree,
  });
}

/**
 * schema.org data of an offer: a language course is a Course with its instance (online or on site,
 * its dates and place), anything else a Service; both with the provider and the languages it is given in.
 */
export function offerJsonLd(offer: TPublicOffer, url: string) {
  const address = offer.street || offer.city ? postalAddress(offer.street, offer.postalCode, offer.city) : undefined;
  const common = {
    name: offer.title,
    url,
    inLanguage: offer.language,
    description: plainText(offer.description),
    provider: { "@type": "Organization", name: offer.providerName },
    ...(offer.costKind === "free" ? { isAccessibleForFree: true } : {}),
    ...(offer.costAmountEur !== null
      ? { offers: { "@type": "Offer", price: offer.costAmountEur, priceCurrency: "EUR" } }
      : {}),
  };
  if (offer.category === "language_course") {
    return jsonLdScript({
      "@type": "Course",
      ...common,
      hasCourseInstance: {
        "@type": "CourseInstance",
        courseMode: offer.isOnline ? "online" : "onsite",
        ...(offer.startsOn ? { startDate: offer.startsOn } : {}),
        ...(offer.endsOn ? { endDate: offer.endsOn } : {}),
        ...(address ? { location: { "@type": "Place", address } } : {}),
      },
      availableLanguage: offer.languages,
    });
  }
  return jsonLdScript({
    "@type": "Service",
    ...common,
    ...(offer.municipalityName ? { areaServed: offer.municipalityName } : {}),
    availableLanguage: offer.languages,
  });
}
