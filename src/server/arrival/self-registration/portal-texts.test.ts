import { describe, expect, it } from "vitest";
import { portalLanguages } from "../../../common/arrival/self-registration.js";
import { portalTexts } from "./portal-texts.js";

describe("the portal's catalogues", () => {
  it.each(portalLanguages)("name every German key in %s, none empty, none left in German", (language) => {
    const texts = portalTexts[language];
    expect(Object.keys(texts).sort()).toEqual(Object.keys(portalTexts.de).sort());
    const empty = Object.entries(texts).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
    if (language !== "de") {
      const untranslated = Object.entries(texts).filter(
        ([key, text]) => text === portalTexts.de[key as keyof typeof texts] && text.length > 12,
      );
      expect(untranslated).toEqual([]);
    }
  });
});
