import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, test } from "vitest";
import { ZPersonInput } from "../../common/arrival/person-input-schemas.js";
import type { TProblem } from "../../common/platform/problem.js";
import de from "../locales/de/translation.json";
import { placeIssues, placeProblem } from "./person-form-errors.js";
import { emptyPersonFormValues, type TPersonFormValues, toPersonInput } from "./person-form-values.js";

let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { de: { translation: de } }, lng: "de", showSupportNotice: false });
  t = instance.getFixedT("de");
});

const values = (changes: Partial<TPersonFormValues>): TPersonFormValues => ({
  ...emptyPersonFormValues,
  familyName: "Shevchenko",
  municipalityAgs: "03459008",
  ...changes,
});

function clientErrors(formValues: TPersonFormValues) {
  const parsed = ZPersonInput.safeParse(toPersonInput(formValues), { reportInput: true });
  return parsed.success ? undefined : placeIssues(parsed.error.issues, formValues, t);
}

describe("the registration form's body", () => {
  test("sends empty inputs as null and leaves an empty purpose out, so a name and a municipality suffice", () => {
    const body = toPersonInput(values({ phone: "  ", birthYear: "" }));
    expect(body).toMatchObject({ phone: null, birthYear: null, preferredChannel: null, street: null });
    expect(body).not.toHaveProperty("purpose");
    expect(ZPersonInput.safeParse(body).success).toBe(true);
  });

  test("drops the rows' React keys", () => {
    const body = toPersonInput(values({ languages: [{ rowId: "a", language: "uk", level: "native" }] }));
    expect(body.languages).toEqual([{ language: "uk", level: "native" }]);
  });
});

describe("client messages at their fields", () => {
  test("an impossible date of birth is reported at the day", () => {
    expect(clientErrors(values({ birthYear: 1990, birthMonth: 2, birthDay: 30 }))).toEqual({
      fieldErrors: { birthDay: "Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat." },
      otherMessages: [],
    });
  });

  test("a missing municipality and an empty language row read as required, at their inputs", () => {
    const errors = clientErrors(
      values({ municipalityAgs: "", languages: [{ rowId: "a", language: "", level: "B1" }] }),
    );
    expect(errors?.fieldErrors).toEqual({
      municipalityAgs: "Bitte füllen Sie dieses Feld aus.",
      "languages.0.language": "Bitte füllen Sie dieses Feld aus.",
    });
  });

  test("a language listed twice is reported at the row that repeats it", () => {
    const languages = [
      { rowId: "a", language: "ar", level: "native" as const },
      { rowId: "b", language: "de", level: "A2" as const },
      { rowId: "c", language: "ar", level: "C1" as const },
    ];
    expect(clientErrors(values({ languages }))?.fieldErrors).toEqual({
      "languages.2.language": "Jeder Eintrag darf nur einmal vorkommen.",
    });
  });

  test("a further name without any name part is reported at its family name", () => {
    const otherNames = [
      { rowId: "a", kind: "alternative" as const, script: "Latn" as const, givenName: "", familyName: "" },
    ];
    expect(clientErrors(values({ otherNames }))?.fieldErrors).toEqual({
      "otherNames.0.familyName": "Bitte geben Sie einen Namen an.",
    });
  });
});

describe("server messages at their fields", () => {
  const problem = (errors: TProblem["errors"]): TProblem => ({
    type: "urn:kommmit:problem:validation-failed",
    title: "Die Eingaben sind nicht gültig.",
    status: 422,
    errors,
  });

  test("a nationality's pointer lands on the multi-select, a language's on its row", () => {
    const formValues = values({
      nationalities: ["UA", "QQ"],
      languages: [
        { rowId: "a", language: "uk", level: "native" },
        { rowId: "b", language: "zz", level: "A1" },
      ],
    });
    const placed = placeProblem(
      problem([
        { pointer: "/body/nationalities/1", code: "custom", detail: "Unbekannte Staatsangehörigkeit" },
        { pointer: "/body/languages/1", code: "custom", detail: "Unbekannte Sprache" },
        { pointer: "/body/municipalityAgs", code: "custom", detail: "Außerhalb Ihres Bereichs" },
      ]),
      formValues,
    );
    expect(placed).toEqual({
      fieldErrors: {
        nationalities: "Unbekannte Staatsangehörigkeit",
        "languages.1.language": "Unbekannte Sprache",
        municipalityAgs: "Außerhalb Ihres Bereichs",
      },
      otherMessages: [],
    });
  });

  test("keeps what no field shows for above the form", () => {
    const placed = placeProblem(
      problem([{ pointer: "/body/householdId", code: "unrecognized_keys", detail: "Unbekannter Schlüssel" }]),
      values({}),
    );
    expect(placed).toEqual({ fieldErrors: {}, otherMessages: ["Unbekannter Schlüssel"] });
  });
});
