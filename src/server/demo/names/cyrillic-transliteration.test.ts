import { describe, expect, it } from "vitest";
import {
  feminizeCyrillicFamilyName,
  transliterateForPassport,
  transliterateGermanStyle,
} from "./cyrillic-transliteration.js";

describe("Cyrillic transliteration", () => {
  it("spells Ukrainian names as Ukrainian passports do (KMU 2010)", () => {
    expect(transliterateForPassport("uk", "Олександр Шевченко")).toBe("Oleksandr Shevchenko");
    expect(transliterateForPassport("uk", "Юлія")).toBe("Yuliia");
    expect(transliterateForPassport("uk", "Євген")).toBe("Yevhen");
    expect(transliterateForPassport("uk", "Олійник")).toBe("Oliinyk");
    expect(transliterateForPassport("uk", "Згурський")).toBe("Zghurskyi");
  });

  it("spells Russian names as Russian passports do (ICAO Doc 9303)", () => {
    expect(transliterateForPassport("ru", "Наталья Фёдорова")).toBe("Natalia Fedorova");
    expect(transliterateForPassport("ru", "Дмитрий")).toBe("Dmitrii");
    expect(transliterateForPassport("ru", "Юрий")).toBe("Iurii");
  });

  it("spells Bulgarian names with the Streamlined System", () => {
    expect(transliterateForPassport("bg", "Мария")).toBe("Maria");
    expect(transliterateForPassport("bg", "Христо Йорданов")).toBe("Hristo Yordanov");
    expect(transliterateForPassport("bg", "Димитър")).toBe("Dimitar");
  });

  it("gives the German-style spellings older German documents use", () => {
    expect(transliterateGermanStyle("uk", "Шевченко")).toBe("Schewtschenko");
    expect(transliterateGermanStyle("uk", "Василь")).toBe("Wassyl");
    expect(transliterateGermanStyle("ru", "Алексеев")).toBe("Alexejew");
    expect(transliterateGermanStyle("ru", "Ксения")).toBe("Ksenija");
    expect(transliterateGermanStyle("ru", "Юрий")).toBe("Juri");
    expect(transliterateGermanStyle("ru", "Андрей")).toBe("Andrei");
  });

  it("forms female family names where the language has them", () => {
    expect(feminizeCyrillicFamilyName("ru", "Иванов")).toBe("Иванова");
    expect(feminizeCyrillicFamilyName("uk", "Вишневський")).toBe("Вишневська");
    expect(feminizeCyrillicFamilyName("uk", "Шевченко")).toBe("Шевченко");
    expect(feminizeCyrillicFamilyName("bg", "Георгиев")).toBe("Георгиева");
  });
});
