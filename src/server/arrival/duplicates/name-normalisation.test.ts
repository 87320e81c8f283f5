import { describe, expect, it } from "vitest";
import { latinise, nameTokens, normaliseName } from "./name-normalisation.js";

describe("latinise", () => {
  it("transliterates Ukrainian and Russian Cyrillic the way the library does", () => {
    expect(latinise("Олександр Коваленко")).toBe("Oleksandr Kovalenko");
    expect(latinise("Александр")).toBe("Aleksandr");
    expect(latinise("Мохаммед")).toBe("Mohammed");
    // Russian-style table for Ukrainian letters: г → g, и → i (the Ukrainian passport writes Olha, Dmytro).
    expect(latinise("Ольга")).toBe("Olga");
    expect(latinise("Дмитро")).toBe("Dmitro");
    expect(latinise("Сергій")).toBe("Sergiy");
  });

  it("writes Arabic script as its consonants, without the doubling mark", () => {
    expect(latinise("محمد")).toBe("mHmd");
    expect(latinise("مُحَمَّد")).toBe("muHamad");
    expect(latinise("حسين")).toBe("Hsyn");
  });

  it("reads the Persian kaf as k, not kh", () => {
    expect(latinise("کریم")).toBe("krym");
  });

  it("transliterates Greek", () => {
    expect(latinise("Ελένη")).toBe("Eleni");
  });

  it("leaves Latin letters with diacritics alone and folds compatibility forms", () => {
    expect(latinise("Müller Łukasz")).toBe("Müller Łukasz");
    expect(latinise("Ｍüller")).toBe("Müller");
  });
});

describe("normaliseName", () => {
  it("spells German umlauts and ß with two letters", () => {
    expect(normaliseName("Müller-Lüdenscheidt")).toBe("mueller luedenscheidt");
    expect(normaliseName("Größe")).toBe("groesse");
    expect(normaliseName("ÄÖÜ")).toBe("aeoeue");
  });

  it("drops other diacritics", () => {
    expect(normaliseName("José Nguyễn")).toBe("jose nguyen");
    expect(normaliseName("Łukasz Żółć")).toBe("lukasz zolc");
    expect(normaliseName("Søren Ærø")).toBe("soren aero");
    expect(normaliseName("İbrahim Çelik")).toBe("ibrahim celik");
  });

  it("turns hyphens, apostrophes and dots into single spaces and removes everything else", () => {
    expect(normaliseName("  O'Neill-Smith,  J.R. ")).toBe("o neill smith j r");
    expect(normaliseName("Al‐Hassan (2)")).toBe("al hassan");
    expect(normaliseName("Anna\tMaria")).toBe("anna maria");
  });

  it("latinises first", () => {
    expect(normaliseName("Олександр")).toBe("oleksandr");
    expect(normaliseName("محمد")).toBe("mhmd");
  });

  it("returns an empty string when nothing is left", () => {
    expect(normaliseName(" - . ")).toBe("");
  });
});

describe("nameTokens", () => {
  it("splits the normalised name into its non-empty words", () => {
    expect(nameTokens("Anna-Maria  Schmidt")).toEqual(["anna", "maria", "schmidt"]);
    expect(nameTokens("")).toEqual([]);
  });
});
