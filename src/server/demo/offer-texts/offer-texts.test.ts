import { describe, expect, it } from "vitest";
import { offerTemplates } from "../offer-templates.js";
import { translateCourse, translateTemplate } from "./offer-texts.js";
import { arabicCourseTexts, arabicTemplateTexts } from "./offer-texts-ar.js";
import { englishCourseTexts, englishTemplateTexts } from "./offer-texts-en.js";
import { ukrainianCourseTexts, ukrainianTemplateTexts } from "./offer-texts-uk.js";

const germanTitles = Object.values(offerTemplates).flatMap((templates) => templates.map((template) => template.title));

describe("offer texts", () => {
  it("translates every template into English, and only templates that exist", () => {
    expect(Object.keys(englishTemplateTexts).sort()).toEqual([...germanTitles].sort());
    for (const texts of [ukrainianTemplateTexts, arabicTemplateTexts]) {
      expect(germanTitles).toEqual(expect.arrayContaining(Object.keys(texts)));
      expect(Object.keys(texts).length).toBeGreaterThan(germanTitles.length / 3);
    }
  });

  it("names every course type in each language", () => {
    const codes = Object.keys(englishCourseTexts.names).sort();
    expect(Object.keys(ukrainianCourseTexts.names).sort()).toEqual(codes);
    expect(Object.keys(arabicCourseTexts.names).sort()).toEqual(codes);
  });

  it("puts German first and adds a text per language the template has", () => {
    const german = { title: "Familienberatung", description: "Beratung für Familien." };
    expect(translateTemplate(german).map((text) => text.language)).toEqual(["de", "en", "uk", "ar"]);
    expect(translateTemplate({ title: "Jobcafé", description: "Offener Treff." }).map((text) => text.language)).toEqual(
      ["de", "en"],
    );
  });

  it("describes a course from its teaching units in every language", () => {
    const texts = translateCourse(
      { code: "ik_allgemein", nameDe: "Allgemeiner Integrationskurs", teachingUnits: "600+100" },
      "B1",
    );
    expect(texts.map((text) => text.language)).toEqual(["de", "en", "uk", "ar"]);
    for (const text of texts) expect(text.description).toMatch(/600.*100.*B1/su);
    expect(texts[0]?.description).toBe(
      "Kurs nach den Vorgaben des BAMF: 600 Unterrichtseinheiten Sprachkurs und 100 Unterrichtseinheiten Orientierungskurs zu je 45 Minuten. Ziel: Sprachniveau B1.",
    );
  });
});
