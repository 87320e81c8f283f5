import type { TOfferTextLanguage } from "../../../common/offers/offer.js";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import { fromOwnerValue, toOwnerValue } from "../content-owners.js";
import { toBerlinDateAndTime, toBerlinInstant } from "./berlin-time.js";
import { buildRecurrenceRule, noRecurrence, readRecurrenceRule, type TRecurrenceValues } from "./recurrence-builder.js";

export type TEventTextValues = { language: TOfferTextLanguage; title: string; descriptionHtml: string };

export type TEventFormValues = {
  owner: string;
  isAllDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  recurrence: TRecurrenceValues;
  address: string;
  placeId: string;
  onlineUrl: string;
  organiser: string;
  isFree: boolean;
  texts: TEventTextValues[];
};

export function createEmptyEventValues(owner: string): TEventFormValues {
  return {
    owner,
    isAllDay: false,
    startDate: "",
    startTime: "",
    endDate: "",
    endTime: "",
    recurrence: noRecurrence,
    address: "",
    placeId: "",
    onlineUrl: "",
    organiser: "",
    isFree: true,
    texts: [{ language: "de", title: "", descriptionHtml: "" }],
  };
}

export function toEventFormValues(event: TPortalEvent): TEventFormValues {
  const start = event.startsAt ? toBerlinDateAndTime(event.startsAt) : { date: event.startsOn ?? "", time: "" };
  const end = event.endsAt ? toBerlinDateAndTime(event.endsAt) : { date: event.endsOn ?? "", time: "" };
  return {
    owner: toOwnerValue(event.municipalUnitKey),
    isAllDay: event.startsOn !== null,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    recurrence: readRecurrenceRule(event.recurrence),
    address: event.address ?? "",
    placeId: event.placeId ?? "",
    onlineUrl: event.onlineUrl ?? "",
    organiser: event.organiser ?? "",
    isFree: event.isFree,
    texts: event.texts.map((text) => ({ ...text })),
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/**
 * The request body, before the shared schema's checks: a timed event as instants with Berlin's
 * offset, an all-day one as dates; an end date left empty is the start date.
 */
export function toEventContent(values: TEventFormValues) {
  const endDate = values.endDate === "" ? values.startDate : values.endDate;
  return {
    municipalUnitKey: fromOwnerValue(values.owner),
    startsAt: values.isAllDay ? null : toBerlinInstant(values.startDate, values.startTime),
    endsAt: values.isAllDay ? null : toBerlinInstant(endDate, values.endTime),
    startsOn: values.isAllDay ? orNull(values.startDate) : null,
    endsOn: values.isAllDay ? orNull(endDate) : null,
    recurrence: buildRecurrenceRule(values.recurrence),
    address: values.address,
    placeId: orNull(values.placeId),
    latitude: null,
    longitude: null,
    onlineUrl: orNull(values.onlineUrl),
    organiser: values.organiser,
    isFree: values.isFree,
    texts: values.texts,
  };
}

/** Where a schema path shows its message: the start and end fields by the kind of event, texts as a whole. */
export function toEventField(path: readonly string[]): string {
  const [first] = path;
  if (first === "startsAt" || first === "startsOn") return "start";
  if (first === "endsAt" || first === "endsOn") return "end";
  if (first === "municipalUnitKey") return "owner";
  return path.join(".");
}

export function eventFormFields(values: TEventFormValues): string[] {
  return [
    "owner",
    "start",
    "end",
    "recurrence",
    "address",
    "placeId",
    "onlineUrl",
    "organiser",
    "texts",
    ...values.texts.flatMap((_, index) => [`texts.${index}.title`, `texts.${index}.descriptionHtml`]),
  ];
}
