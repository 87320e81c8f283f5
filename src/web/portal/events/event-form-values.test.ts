import { describe, expect, it } from "vitest";
import { ZPortalEventContent } from "../../../common/portal/event-schemas.js";
import { createEmptyEventValues, toEventContent, toEventField, toEventFormValues } from "./event-form-values.js";
import { noRecurrence } from "./recurrence-builder.js";

const base = {
  ...createEmptyEventValues("district"),
  texts: [{ language: "de" as const, title: "Sprachcafé", descriptionHtml: "" }],
};

describe("event form values", () => {
  it("send a weekly timed event with Berlin's offset, the end on the start's day", () => {
    const content = toEventContent({
      ...base,
      startDate: "2027-01-12",
      startTime: "18:00",
      endTime: "20:00",
      recurrence: { ...noRecurrence, frequency: "WEEKLY", weekdays: ["TU"], end: "count", count: 10 },
    });
    const parsed = ZPortalEventContent.safeParse(content);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      municipalUnitKey: null,
      startsAt: "2027-01-12T18:00:00+01:00",
      endsAt: "2027-01-12T20:00:00+01:00",
      startsOn: null,
      recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
    });
  });

  it("send an all-day event as dates and read it back", () => {
    const content = toEventContent({ ...base, owner: "034590005", isAllDay: true, startDate: "2027-05-01" });
    expect(content).toMatchObject({ startsAt: null, startsOn: "2027-05-01", endsOn: "2027-05-01" });
    const values = toEventFormValues({
      ...content,
      id: "00000000-0000-4000-8000-000000000001",
      status: "draft",
      address: null,
      organiser: null,
      importedFrom: null,
      importUid: null,
      version: 1,
      updatedAt: "2027-01-01T00:00:00Z",
    });
    expect(values).toMatchObject({
      owner: "034590005",
      isAllDay: true,
      startDate: "2027-05-01",
      endDate: "2027-05-01",
    });
  });

  it("show a missing time at the start field", () => {
    const parsed = ZPortalEventContent.safeParse(toEventContent({ ...base, startDate: "2027-01-12" }));
    expect(parsed.error?.issues.map((issue) => toEventField(issue.path.map(String)))).toEqual(["start"]);
  });
});
