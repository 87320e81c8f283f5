import { describe, expect, it } from "vitest";
import { documentLanguages } from "../../../common/arrival/document-schemas.js";
import { consentFormTexts, fillText, welcomeLetterTexts } from "./document-texts.js";

/** Every string of a text object with its path, to compare languages field by field. */
function listStrings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    listStrings(inner, `${path}.${key}`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort();

describe("document texts", () => {
  it.each(documentLanguages.filter((language) => language !== "de"))(
    "%s is translated: no German sentence copied, the same placeholders, a note that German exists",
    (language) => {
      for (const texts of [welcomeLetterTexts, consentFormTexts]) {
        const german = new Map(listStrings(texts.de));
        for (const [path, text] of listStrings(texts[language])) {
          expect(placeholders(text), path).toEqual(placeholders(german.get(path) ?? ""));
          // Single words may well be the same ("Name", "Telefon"); a sentence copied from German is a gap.
          const isSentence = text.length > 20 && path !== ".germanSummaryHeading";
          if (isSentence) expect(text, path).not.toBe(german.get(path));
        }
      }
      expect(welcomeLetterTexts[language].germanNote).not.toBe("");
    },
  );

  it("fills placeholders and refuses a missing value", () => {
    expect(fillText("Willkommen im {{district}}", { district: "Landkreis Osnabrück" })).toBe(
      "Willkommen im Landkreis Osnabrück",
    );
    expect(() => fillText("Guten Tag {{name}}", {})).toThrow("no value for {{name}}");
  });
});
