import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clearFieldErrors, placeIssues, placeProblem } from "./portal-form-errors.js";

const t = ((key: string) => key) as TFunction;

describe("portal form errors", () => {
  it("puts parse issues at the shown fields and keeps the rest for the summary", () => {
    const schema = z.object({ name: z.string().min(1), other: z.number() });
    const parsed = schema.safeParse({ name: "", other: "x" }, { reportInput: true });
    expect(parsed.success).toBe(false);
    const errors = placeIssues(parsed.error?.issues ?? [], ["name"], t);
    expect(errors.fieldErrors).toEqual({ name: "validation.required" });
    expect(errors.otherMessages).toEqual(["validation.invalid"]);
  });

  it("maps the server's pointers through the form's mapping", () => {
    const errors = placeProblem(
      {
        type: "about:blank",
        title: "Invalid",
        status: 422,
        errors: [
          { pointer: "/body/openingHours/1/closes", detail: "closes early", code: "place_slot_closes_before_opens" },
          { pointer: "/query/owner", detail: "bad owner", code: "invalid_format" },
        ],
      },
      ["openingHours.1.closes"],
    );
    expect(errors).toEqual({ fieldErrors: { "openingHours.1.closes": "closes early" }, otherMessages: ["bad owner"] });
    expect(clearFieldErrors(errors, "openingHours").fieldErrors).toEqual({});
  });
});
