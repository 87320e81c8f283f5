import { describe, expect, it } from "vitest";
import { allDayEvent, calendarOf, timedEvent } from "./calendar-fixtures.js";
import { mapVevent, type TMappedVevent } from "./map-vevent.js";
import { readCalendar } from "./read-calendar.js";

function mapAll(text: string, language: "de" | "en" = "de"): TMappedVevent[] {
  const calendar = readCalendar(new TextEncoder().encode(text), "/body");
  return calendar.events.map((event, index) => mapVevent(event, index, calendar.zones, "03459005", language));
}

function mapOne(event: string, language: "de" | "en" = "de"): TMappedVevent {
  const [mapped] = mapAll(calendarOf(event), language);
  if (!mapped) throw new Error("no VEVENT");
  return mapped;
}

const messagesOf = (mapped: TMappedVevent) => (mapped.kind === "failed" ? mapped.messages : []);

describe("mapping a VEVENT", () => {
  it("maps a timed Berlin event with its rule, place, link and escaped description", () => {
    const mapped = mapOne(timedEvent("a1@example.org"));
    expect(mapped.kind).toBe("event");
    if (mapped.kind !== "event") return;
    expect(mapped.content).toMatchObject({
      municipalUnitKey: "03459005",
      startsAt: "2026-03-17T17:00:00.000Z",
      endsAt: "2026-03-17T19:00:00.000Z",
      startsOn: null,
      recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
      address: "Rathaus Bramsche, Hasestraße 11",
      latitude: 52.4081,
      longitude: 7.9728,
      onlineUrl: "https://example.org/sprachcafe",
    });
    expect(mapped.content.texts).toEqual([
      {
        language: "de",
        title: "Sprachcafé",
        descriptionHtml: "<p>Offen für alle.<br>Ohne Anmeldung.</p><p>&lt;b&gt;Kaffee&lt;/b&gt; &amp; Kuchen</p>",
      },
    ]);
  });

  it("keeps summer time: 18:00 in July in Berlin is 16:00 UTC, UTC and floating times too", () => {
    const summer = mapOne("UID:s\nDTSTART;TZID=Europe/Berlin:20260701T180000\nDURATION:PT90M\nSUMMARY:S");
    expect(summer).toMatchObject({
      content: { startsAt: "2026-07-01T16:00:00.000Z", endsAt: "2026-07-01T17:30:00.000Z" },
    });
    const utc = mapOne("UID:u\nDTSTART:20260701T180000Z\nSUMMARY:U");
    expect(utc).toMatchObject({
      content: { startsAt: "2026-07-01T18:00:00.000Z", endsAt: "2026-07-01T18:00:00.000Z" },
    });
    const floating = mapOne("UID:f\nDTSTART:20260101T100000\nDTEND:20260101T110000\nSUMMARY:F");
    expect(floating).toMatchObject({ content: { startsAt: "2026-01-01T09:00:00.000Z" } });
  });

  it("uses the file's VTIMEZONE for a zone name that is not IANA", () => {
    const text = calendarOf("UID:w\nDTSTART;TZID=W. Europe Standard Time:20260701T180000\nSUMMARY:W").replace(
      "BEGIN:VEVENT",
      [
        "BEGIN:VTIMEZONE",
        "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
      ].join("\r\n"),
    );
    expect(mapAll(text)[0]).toMatchObject({ kind: "event", content: { startsAt: "2026-07-01T16:00:00.000Z" } });
    const unknown = mapOne("UID:x\nDTSTART;TZID=Mars/Olympus:20260701T180000\nSUMMARY:X");
    expect(messagesOf(unknown)).toEqual([expect.stringContaining("TZID")]);
  });

  it("makes VALUE=DATE an all-day event with an inclusive last day", () => {
    expect(mapOne(allDayEvent("d1"))).toMatchObject({
      kind: "event",
      content: { startsOn: "2026-07-04", endsOn: "2026-07-05", startsAt: null },
    });
    expect(mapOne("UID:d2\nDTSTART;VALUE=DATE:20260704\nSUMMARY:One day")).toMatchObject({
      content: { startsOn: "2026-07-04", endsOn: "2026-07-04" },
    });
  });

  it("fails an unsupported rule, EXDATE and mixed date kinds with their messages", () => {
    const yearly = mapOne("UID:y\nDTSTART:20260317T170000Z\nSUMMARY:Y\nRRULE:FREQ=YEARLY;BYMONTH=3");
    expect(messagesOf(yearly)).toEqual([expect.stringMatching(/^RRULE: Diese Wiederholungsregel/)]);
    const exdate = mapOne(
      "UID:e\nDTSTART:20260317T170000Z\nSUMMARY:E\nRRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20260324T170000Z",
    );
    expect(messagesOf(exdate)).toEqual([expect.stringContaining("EXDATE")]);
    const mixed = mapOne("UID:m\nDTSTART;VALUE=DATE:20260317\nDTEND:20260317T170000Z\nSUMMARY:M", "en");
    expect(messagesOf(mixed)).toEqual(["DTSTART and DTEND must both be all-day (VALUE=DATE) or both have a time."]);
  });

  it("fails without a UID, with impossible dates, an end before the start and without a summary", () => {
    expect(messagesOf(mapOne("DTSTART:20260317T170000Z\nSUMMARY:No uid", "en"))).toEqual([
      "The event has no UID; without one it cannot be recognised when imported again.",
    ]);
    expect(messagesOf(mapOne("UID:b\nDTSTART:20260230T170000Z\nSUMMARY:B", "en"))).toEqual([
      "The event's start or end is not a valid date.",
    ]);
    expect(messagesOf(mapOne("UID:c\nDTSTART:20260317T170000Z\nDTEND:20260317T160000Z\nSUMMARY:C", "en"))).toEqual([
      "DTEND: The end cannot be before the start.",
    ]);
    const untitled = mapOne("UID:t\nDTSTART:20260317T170000Z");
    expect(messagesOf(untitled)).toEqual([expect.stringMatching(/^SUMMARY: /)]);
    expect(mapOne("UID:n\nSUMMARY:N")).toMatchObject({ kind: "failed", uid: "n", summary: "N" });
  });

  it("reports cancelled events and single changed dates of a series apart", () => {
    expect(mapOne("UID:x\nDTSTART:20260317T170000Z\nSUMMARY:X\nSTATUS:CANCELLED")).toMatchObject({ kind: "cancelled" });
    const override = mapOne("UID:x\nRECURRENCE-ID:20260324T170000Z\nDTSTART:20260325T170000Z\nSUMMARY:X", "en");
    expect(messagesOf(override)).toEqual([expect.stringContaining("RECURRENCE-ID")]);
  });

  it("ignores a link that is not https", () => {
    const mapped = mapOne("UID:h\nDTSTART:20260317T170000Z\nSUMMARY:H\nURL:http://example.org/");
    expect(mapped).toMatchObject({ kind: "event", content: { onlineUrl: null } });
  });
});

describe("reading a calendar", () => {
  it("refuses what is not iCalendar", () => {
    for (const text of ["<html></html>", "BEGIN:VCARD\r\nEND:VCARD\r\n", "BEGIN:VCALENDAR\r\n"]) {
      expect(() => readCalendar(new TextEncoder().encode(text), "/body")).toThrow("field rule violated");
    }
  });
});
