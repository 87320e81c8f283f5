import { describe, expect, test } from "vitest";
import { formatDiffValue, labelDiffField, type TDiffNames } from "./offer-diff-text.js";

const names: TDiffNames = {
  labels: {
    fields: { title: "Titel", category: "Kategorie", weekdays: "Wochentage", hasChildcare: "Mit Kinderbetreuung" },
    categories: { language_course: "Sprachkurs" },
    scheduleKinds: {},
    weekdays: { mon: "Montag", wed: "Mittwoch" },
    timeSlots: {},
    costKinds: {},
    genderTargets: {},
    yes: "ja",
    no: "nein",
    easyLanguage: "Leichte Sprache",
  } as TDiffNames["labels"],
  fieldOfAction: (code) => (code === "sprache" ? "Sprache" : code),
  courseType: (code) => code,
  residenceCategory: (code) => code,
  municipality: (ags) => (ags === "03459014" ? "Bramsche" : ags),
  language: (code) => (code === "en" ? "Englisch" : code),
};

describe("labelDiffField", () => {
  test("a translation field names its language; Easy German is no ISO code", () => {
    expect(labelDiffField({ field: "title", language: "en" }, names)).toBe("Titel (Englisch)");
    expect(labelDiffField({ field: "title", language: "de-x-easy" }, names)).toBe("Titel (Leichte Sprache)");
    expect(labelDiffField({ field: "category", language: null }, names)).toBe("Kategorie");
  });

  test("a field the UI does not know is shown as sent", () => {
    expect(labelDiffField({ field: "somethingNew", language: null }, names)).toBe("somethingNew");
  });
});

describe("formatDiffValue", () => {
  test("codes become words, lists are joined, booleans read yes or no", () => {
    expect(formatDiffValue("category", "language_course", names)).toBe("Sprachkurs");
    expect(formatDiffValue("weekdays", ["mon", "wed"], names)).toBe("Montag, Mittwoch");
    expect(formatDiffValue("fieldsOfAction", ["sprache"], names)).toBe("Sprache");
    expect(formatDiffValue("municipalityAgs", "03459014", names)).toBe("Bramsche");
    expect(formatDiffValue("hasChildcare", true, names)).toBe("ja");
  });

  test("free text and numbers stay as they are; nothing and an empty list are no value", () => {
    expect(formatDiffValue("title", "Integrationskurs", names)).toBe("Integrationskurs");
    expect(formatDiffValue("capacity", 20, names)).toBe("20");
    expect(formatDiffValue("street", null, names)).toBeNull();
    expect(formatDiffValue("weekdays", [], names)).toBeNull();
  });
});
