import { describe, expect, test } from "vitest";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import type { TOffer } from "../../../common/offers/offer-schemas.js";
import { offerFormFields, placeOfferProblem, toOfferFormField } from "./offer-form-errors.js";
import { createEmptyOfferFormValues, toOfferContentInput, toOfferFormValues } from "./offer-form-values.js";

function filledValues() {
  const values = createEmptyOfferFormValues();
  return {
    ...values,
    category: "language_course" as const,
    fieldsOfAction: ["sprache"],
    courseType: "ik_allgemein",
    cefrFrom: "A1" as const,
    cefrTo: "B1" as const,
    municipalityAgs: "03459014",
    capacity: 20,
    freePlaces: 5,
    translations: values.translations.map((row) => ({
      ...row,
      title: "Integrationskurs",
      description: "<p>Deutsch von A1 bis B1.</p>",
    })),
  };
}

describe("toOfferContentInput", () => {
  test("a filled form is valid content: empty inputs are null, rows lose their keys", () => {
    const input = toOfferContentInput(filledValues());
    expect(input.street).toBeNull();
    expect(input.ageMin).toBeNull();
    expect(input.translations).toEqual([
      {
        language: "de",
        title: "Integrationskurs",
        description: "<p>Deutsch von A1 bis B1.</p>",
        prerequisites: "",
        costNote: "",
      },
    ]);
    expect(ZOfferContent.safeParse(input).success).toBe(true);
  });

  test("course type and levels only go with a language course, an amount only with a fee", () => {
    const input = toOfferContentInput({ ...filledValues(), category: "counselling", costAmountEur: 30 });
    expect([input.courseType, input.cefrFrom, input.cefrTo, input.costAmountEur]).toEqual([null, null, null, null]);
    expect(toOfferContentInput({ ...filledValues(), costKind: "fee", costAmountEur: 30 }).costAmountEur).toBe(30);
  });

  test("an empty form breaks the schema at the fields the form shows", () => {
    // The rules across fields run once every field has its type: a missing category comes first.
    const values = { ...createEmptyOfferFormValues(), category: "counselling" as const };
    const parsed = ZOfferContent.safeParse(toOfferContentInput(values), { reportInput: true });
    const placed = (parsed.error?.issues ?? []).map((issue) => toOfferFormField(issue.path));
    expect(placed).toEqual(
      expect.arrayContaining([
        "fieldsOfAction",
        "translations.0.title",
        "translations.0.description",
        "municipalityAgs",
      ]),
    );
    expect(placed.every((field) => offerFormFields(values).includes(field))).toBe(true);
    const empty = ZOfferContent.safeParse(toOfferContentInput(createEmptyOfferFormValues()), { reportInput: true });
    expect(empty.error?.issues.map((issue) => toOfferFormField(issue.path))).toEqual(["category"]);
  });
});

describe("toOfferFormValues", () => {
  test("the stored content comes back as the form holds it, German text first", () => {
    const content = ZOfferContent.parse(toOfferContentInput(filledValues()));
    const english = {
      language: "en" as const,
      title: "Course",
      description: "<p>German</p>",
      prerequisites: null,
      costNote: null,
    };
    const offer: TOffer = {
      id: "00000000-0000-4000-8000-000000000001",
      providerId: "00000000-0000-4000-8000-000000000002",
      providerName: "Sprachschule Hase",
      status: "draft",
      title: "Integrationskurs",
      category: "language_course",
      version: 1,
      capacity: 20,
      freePlaces: 5,
      hasPendingRevision: false,
      updatedAt: "2026-03-01T10:00:00.000Z",
      publishedAt: null,
      allowedActions: ["edit", "submit"],
      content: { ...content, translations: [english, ...content.translations] },
      revisions: [],
    };
    const values = toOfferFormValues(offer);
    expect(values.translations.map((row) => row.language)).toEqual(["de", "en"]);
    expect(values.street).toBe("");
    expect(values.capacity).toBe(20);
    expect(toOfferContentInput(values).translations[1]).toEqual({ ...english, prerequisites: "", costNote: "" });
  });
});

describe("placeOfferProblem", () => {
  test("an unknown code in a list shows at the list; pointers outside the form are listed apart", () => {
    const values = filledValues();
    const placed = placeOfferProblem(
      {
        type: "about:blank",
        title: "Unprocessable",
        status: 422,
        errors: [
          { pointer: "/body/fieldsOfAction/0", detail: "Unbekanntes Handlungsfeld", code: "field_of_action_unknown" },
          { pointer: "/body/translations/0/title", detail: "Titel fehlt", code: "offer_title_required" },
          { pointer: "/query/page", detail: "Seite ungültig", code: "too_small" },
        ],
      },
      values,
    );
    expect(placed.fieldErrors).toEqual({
      fieldsOfAction: "Unbekanntes Handlungsfeld",
      "translations.0.title": "Titel fehlt",
    });
    expect(placed.otherMessages).toEqual(["Seite ungültig"]);
  });
});
