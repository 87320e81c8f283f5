import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, test } from "vitest";
import { ZLoginRequest } from "../../common/platform/session-schemas.js";
import de from "../locales/de/translation.json";
import en from "../locales/en/translation.json";
import { toIssueFieldErrors } from "./validation-messages.js";

const fields = ["email", "password"] as const;
let translateDe: TFunction;
let translateEn: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: "de",
    showSupportNotice: false,
  });
  translateDe = instance.getFixedT("de");
  translateEn = instance.getFixedT("en");
});

function loginErrors(input: unknown, t: TFunction) {
  const parsed = ZLoginRequest.safeParse(input, { reportInput: true });
  return parsed.success ? {} : toIssueFieldErrors(parsed.error.issues, fields, t);
}

describe("login form messages from the shared schema", () => {
  test("empty fields read as required, whatever rule they broke", () => {
    expect(loginErrors({ email: "", password: "" }, translateDe)).toEqual({
      email: "Bitte füllen Sie dieses Feld aus.",
      password: "Bitte füllen Sie dieses Feld aus.",
    });
    expect(loginErrors({ email: "   ", password: "" }, translateEn)).toEqual({
      email: "Please fill in this field.",
      password: "Please fill in this field.",
    });
  });

  test("a malformed e-mail address says so", () => {
    expect(loginErrors({ email: "keine-adresse", password: "geheim" }, translateDe)).toEqual({
      email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    });
  });

  test("too long input names the limit, with plural forms", () => {
    const errors = loginErrors({ email: "a@example.org", password: "x".repeat(1025) }, translateEn);
    expect(errors).toEqual({ password: "At most 1024 characters." });
  });

  test("valid input has no messages", () => {
    expect(loginErrors({ email: "erika@example.org", password: "geheim" }, translateDe)).toEqual({});
  });
});
