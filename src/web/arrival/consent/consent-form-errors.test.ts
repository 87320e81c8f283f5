import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, test } from "vitest";
import { ZConsentRecording } from "../../../common/arrival/consent-schemas.js";
import type { TProblem } from "../../../common/platform/problem.js";
import de from "../../locales/de/translation.json";
import { placeConsentIssues, placeConsentProblem } from "./consent-form-errors.js";

let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { de: { translation: de } }, lng: "de", showSupportNotice: false });
  t = instance.getFixedT("de");
});

describe("the consent dialog's errors", () => {
  test("puts zod's issues at the notice, the moment, a purpose's choice and the recipients", () => {
    const parsed = ZConsentRecording.safeParse(
      {
        privacyNoticeId: "",
        givenAt: "2026-12-01T10:00:00.000Z",
        decisions: [
          { purpose: "statistics", isGranted: true, recipientProviderTypes: ["club"] },
          { purpose: "provider_sharing", isGranted: true },
        ],
      },
      { reportInput: true },
    );
    expect(parsed.success).toBe(false);
    const errors = placeConsentIssues(parsed.error?.issues ?? [], ["statistics", "provider_sharing"], t);
    expect(Object.keys(errors.fieldErrors).sort()).toEqual(["decision.statistics", "privacyNoticeId", "recipients"]);
    expect(errors.fieldErrors.recipients).toBe("Bitte wählen Sie mindestens einen Träger oder eine Trägerart.");
  });

  test("maps the server's pointers back through the order the purposes were sent in", () => {
    const problem: TProblem = {
      type: "about:blank",
      title: "Die Eingaben sind nicht gültig.",
      status: 422,
      errors: [
        {
          pointer: "/body/decisions/1/recipientOrganisationIds/0",
          code: "consent_recipient_not_provider",
          detail: "kein Träger",
        },
        { pointer: "/body/decisions/0/purpose", code: "listed_twice", detail: "zweimal" },
        { pointer: "/body/privacyNoticeId", code: "privacy_notice_unknown", detail: "unbekannt" },
        { pointer: "/params/consentId", code: "consent_not_current", detail: "nicht in Kraft" },
      ],
    };
    expect(placeConsentProblem(problem, ["counselling", "provider_sharing"])).toEqual({
      fieldErrors: { recipients: "kein Träger", "decision.counselling": "zweimal", privacyNoticeId: "unbekannt" },
      otherMessages: ["nicht in Kraft"],
    });
  });
});
