import { describe, expect, it } from "vitest";
import {
  listConceptFormMessages,
  placeByFirstSegment,
  placeConceptMessages,
  problemMessages,
} from "./concept-form-errors.js";

describe("concept form errors", () => {
  const place = placeByFirstSegment(["title", "partnerOrganisationIds", "baseline.year"]);

  it("places messages on the form's fields, the first per field, others in the summary", () => {
    const errors = placeConceptMessages(
      [
        { path: "title", message: "Bitte eine Bezeichnung." },
        { path: "title", message: "Zu lang." },
        { path: "partnerOrganisationIds.1", message: "Doppelt." },
        { path: "baseline.year", message: "Jahr fehlt." },
        { path: "version", message: "Veraltet." },
        { path: undefined, message: "Anderes." },
      ],
      place,
    );
    expect(errors.fieldErrors).toEqual({
      title: "Bitte eine Bezeichnung.",
      partnerOrganisationIds: "Doppelt.",
      "baseline.year": "Jahr fehlt.",
    });
    expect(errors.otherMessages).toEqual(["Veraltet.", "Anderes."]);
    expect(listConceptFormMessages(errors, { title: "Bezeichnung" })).toEqual([
      "Bezeichnung: Bitte eine Bezeichnung.",
      "partnerOrganisationIds: Doppelt.",
      "baseline.year: Jahr fehlt.",
      "Veraltet.",
      "Anderes.",
    ]);
  });

  it("reads the server's pointers below /body", () => {
    const problem = {
      type: "urn:kommmit:problem:validation-failed",
      title: "Ungültig",
      status: 422,
      errors: [
        { pointer: "/body/partnerOrganisationIds/0", code: "concept_organisation_unknown", detail: "Unbekannt." },
        { pointer: "/query/version", code: "invalid", detail: "Version." },
      ],
    };
    expect(problemMessages(problem)).toEqual([
      { path: "partnerOrganisationIds.0", message: "Unbekannt." },
      { path: undefined, message: "Version." },
    ]);
  });
});
