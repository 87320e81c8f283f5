import { describe, expect, test } from "vitest";
import type { TProblem } from "../../common/platform/problem.js";
import { hasFieldErrors, toFieldPath, toProblemFieldErrors } from "./problem-field-errors.js";

const validationProblem = (errors: TProblem["errors"]): TProblem => ({
  type: "urn:kommmit:problem:validation-failed",
  title: "Die Eingaben sind nicht gültig.",
  status: 422,
  errors,
});

describe("toFieldPath", () => {
  test("turns a body pointer into a dotted field path", () => {
    expect(toFieldPath("/body/email", "body")).toBe("email");
    expect(toFieldPath("/body/address/street", "body")).toBe("address.street");
    expect(toFieldPath("/body/contacts/0/phone", "body")).toBe("contacts.0.phone");
  });

  test("decodes escaped segments (RFC 6901)", () => {
    expect(toFieldPath("/body/a~1b/c~0d", "body")).toBe("a/b.c~d");
  });

  test("is undefined for another request part, the part itself, or no pointer at all", () => {
    expect(toFieldPath("/query/sort", "body")).toBeUndefined();
    expect(toFieldPath("/body", "body")).toBeUndefined();
    expect(toFieldPath("", "body")).toBeUndefined();
    expect(toFieldPath("body/email", "body")).toBeUndefined();
  });
});

describe("toProblemFieldErrors", () => {
  const fields = ["email", "password"] as const;

  test("places each field problem on its field", () => {
    const problem = validationProblem([
      { pointer: "/body/email", detail: "Ungültige E-Mail-Adresse", code: "invalid_format" },
      { pointer: "/body/password", detail: "Zu kurz", code: "too_small" },
    ]);
    expect(toProblemFieldErrors(problem, fields)).toEqual({
      fieldErrors: { email: "Ungültige E-Mail-Adresse", password: "Zu kurz" },
      otherMessages: [],
    });
  });

  test("joins several problems on one field instead of dropping any", () => {
    const problem = validationProblem([
      { pointer: "/body/password", detail: "Zu kurz.", code: "too_small" },
      { pointer: "/body/password", detail: "Zu einfach.", code: "custom" },
    ]);
    expect(toProblemFieldErrors(problem, fields).fieldErrors).toEqual({ password: "Zu kurz. Zu einfach." });
  });

  test("keeps problems the form cannot place (unknown keys, other parts) for above the form", () => {
    const problem = validationProblem([
      { pointer: "/body/remember", detail: "Unbekannter Schlüssel", code: "unrecognized_keys" },
      { pointer: "/query/next", detail: "Ungültig", code: "invalid_type" },
      { pointer: "/body/email", detail: "Ungültig", code: "invalid_format" },
    ]);
    expect(toProblemFieldErrors(problem, fields)).toEqual({
      fieldErrors: { email: "Ungültig" },
      otherMessages: ["Unbekannter Schlüssel", "Ungültig"],
    });
  });

  test("a problem without field errors, or none at all, places nothing", () => {
    const unauthorized: TProblem = { type: "about:blank", title: "Bitte melden Sie sich an.", status: 401 };
    expect(toProblemFieldErrors(unauthorized, fields)).toEqual({ fieldErrors: {}, otherMessages: [] });
    expect(toProblemFieldErrors(undefined, fields)).toEqual({ fieldErrors: {}, otherMessages: [] });
  });
});

describe("hasFieldErrors", () => {
  test("counts only fields with a message", () => {
    expect(hasFieldErrors({})).toBe(false);
    expect(hasFieldErrors({ email: undefined })).toBe(false);
    expect(hasFieldErrors({ email: "Ungültig" })).toBe(true);
  });
});
