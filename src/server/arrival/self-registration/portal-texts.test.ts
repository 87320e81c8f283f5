import { describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { contentLanguages, directionOf } from "../../../common/portal/portal-content.js";
import { portalTexts } from "./portal-texts.js";

/** Latin words, dates and numbers with signs inside right-to-left text, outside an isolate (U+2066 … U+2069). */
const unisolatedLatin = (text: string) =>
  /[\u0600-\u06ff]/.test(text) && /[A-Za-z]|\d[-+]\d|\+\d/.test(text.replace(/\u2066[^\u2069]*\u2069|\{\w+\}/g, ""));

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();

describe("the portal's catalogues", () => {
  it("cover every content language of the portal", () => {
    expect([...portalLanguages]).toEqual([...contentLanguages]);
    expect(Object.keys(portalTexts).sort()).toEqual([...contentLanguages].sort());
  });

  it.each(portalLanguages)("name every German key in %s, none empty, placeholders kept", (language) => {
    const texts = portalTexts[language];
    expect(Object.keys(texts).sort()).toEqual(Object.keys(portalTexts.de).sort());
    const empty = Object.entries(texts).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
    const changed = Object.entries(texts).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(portalTexts.de[key as keyof typeof texts]).join(),
    );
    expect(changed).toEqual([]);
  });

  it.each(portalLanguages.filter((language) => !language.startsWith("de")))(
    "leave nothing in German in %s",
    (language) => {
      const texts = portalTexts[language];
      const untranslated = Object.entries(texts).filter(
        ([key, text]) => text === portalTexts.de[key as keyof typeof texts] && text.length > 12,
      );
      expect(untranslated).toEqual([]);
    },
  );

  it.each(portalLanguages.filter((language) => directionOf(language) === "rtl"))(
    "isolate Latin words, dates and phone numbers in %s, so the bidi algorithm keeps them readable",
    (language) => {
      expect(Object.entries(portalTexts[language]).filter(([, text]) => unisolatedLatin(text))).toEqual([]);
    },
  );

  it("keep the sentences of Leichte Sprache short and reword the long German texts", () => {
    const easy = portalTexts["de-x-easy"];
    const sentences = Object.values(easy).flatMap((text) => text.split(/(?<=[.?!:])\s+/));
    const long = sentences.filter((sentence) => sentence.split(/\s+/).length > 15);
    expect(long).toEqual([]);
    const copied = Object.entries(easy).filter(
      ([key, text]) => text === portalTexts.de[key as keyof typeof easy] && text.split(/\s+/).length > 8,
    );
    expect(copied).toEqual([]);
  });
});
