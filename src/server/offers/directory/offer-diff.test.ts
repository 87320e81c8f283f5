import { describe, expect, it } from "vitest";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import { diffOfferContent } from "./offer-diff.js";
import { buildOfferInput } from "./offer-test-content.js";

const before = ZOfferContent.parse(buildOfferInput());

describe("diffOfferContent", () => {
  it("shows only the changed fields, with old and new value, per language", () => {
    const after = ZOfferContent.parse(
      buildOfferInput({
        capacity: 24,
        hasChildcare: true,
        contactEmail: null,
        street: "Am Markt 1",
        translations: [
          { language: "de", title: "Integrationskurs am Vormittag", description: "<p>Neu</p>" },
          { language: "uk", title: "Курс", description: "<p>Текст</p>" },
        ],
      }),
    );
    expect(diffOfferContent(before, after)).toEqual([
      { field: "capacity", language: null, change: "changed", before: 20, after: 24 },
      { field: "hasChildcare", language: null, change: "changed", before: false, after: true },
      { field: "contactEmail", language: null, change: "removed", before: "kurse@traeger.example", after: null },
      {
        field: "description",
        language: "de",
        change: "changed",
        before: "<p>Deutsch lernen von A1 bis B1.</p>",
        after: "<p>Neu</p>",
      },
      { field: "title", language: "uk", change: "added", before: null, after: "Курс" },
      { field: "description", language: "uk", change: "added", before: null, after: "<p>Текст</p>" },
      { field: "title", language: "en", change: "removed", before: "Integration course, mornings", after: null },
      {
        field: "description",
        language: "en",
        change: "removed",
        before: "<p>Learn German from A1 to B1.</p>",
        after: null,
      },
    ]);
  });

  it("finds nothing when nothing changed", () => {
    expect(diffOfferContent(before, ZOfferContent.parse(buildOfferInput()))).toEqual([]);
  });

  it("shows every given field as added for an offer never published", () => {
    const diff = diffOfferContent(null, before);
    expect(diff.every((entry) => entry.change === "added" && entry.before === null)).toBe(true);
    expect(diff).toContainEqual({ field: "capacity", language: null, change: "added", before: null, after: 20 });
    expect(diff).toContainEqual({
      field: "title",
      language: "en",
      change: "added",
      before: null,
      after: "Integration course, mornings",
    });
    expect(diff.some((entry) => entry.field === "ageMin")).toBe(false);
  });
});
