import { describe, expect, it } from "vitest";
import { cologneKey, metaphoneKey, nameKeys, skeletonKey } from "./name-keys.js";
import { latinise } from "./name-normalisation.js";

function distinctKeys(keyOf: (token: string) => string, names: readonly string[]): string[] {
  return [...new Set(names.map(keyOf))];
}

describe("cologneKey", () => {
  it("gives German spelling variants one code", () => {
    expect(distinctKeys(cologneKey, ["Müller", "Mueller", "Muller"])).toEqual(["657"]);
    expect(distinctKeys(cologneKey, ["Meier", "Mayer", "Maier", "Meyer"])).toEqual(["67"]);
    expect(distinctKeys(cologneKey, ["Schmidt", "Schmitt", "Schmid"])).toEqual(["862"]);
  });

  it("keeps different German names apart", () => {
    expect(cologneKey("Schneider")).toBe("8627");
    expect(cologneKey("Fischer")).toBe("387");
  });
});

describe("metaphoneKey", () => {
  it("returns the primary Double Metaphone code", () => {
    expect(metaphoneKey("Mohammed")).toBe("MHMT");
    expect(metaphoneKey("Mahmoud")).toBe("MMT");
    expect(metaphoneKey("Schmidt")).toBe("XMT");
  });
});

describe("skeletonKey", () => {
  it("joins the spellings of Mohammed", () => {
    const spellings = ["Mohammed", "Muhammad", "Mohamad", "Muhammed", "Mohamed", "Mohammad", "Мохаммед"];
    expect(distinctKeys((name) => skeletonKey(latinise(name)), spellings)).toEqual(["mehemet"]);
  });

  it("joins Ukrainian, Russian and Western spellings of Oleksandr, Cyrillic included", () => {
    const spellings = ["Oleksandr", "Aleksandr", "Alexander", "Oleksander", "Olexandr", "Олександр", "Александр"];
    expect(distinctKeys((name) => skeletonKey(latinise(name)), spellings)).toEqual(["aleksentr"]);
  });

  it("joins Yusuf, Youssef, Jusuf and Yousef", () => {
    expect(distinctKeys(skeletonKey, ["Yusuf", "Youssef", "Jusuf", "Yousef"])).toEqual(["Jesef"]);
  });

  it("joins Ahmed and Ahmad", () => {
    expect(distinctKeys(skeletonKey, ["Ahmed", "Ahmad"])).toEqual(["ahmet"]);
  });

  it("joins Hussein, Husain and Hussain", () => {
    expect(distinctKeys(skeletonKey, ["Hussein", "Husain", "Hussain"])).toEqual(["hesin"]);
  });

  it("keeps Fatima and Fatma apart, Fatimah with Fatima (the Cologne key joins all three)", () => {
    expect(skeletonKey("Fatima")).toBe("feteme");
    expect(skeletonKey("Fatimah")).toBe("feteme");
    expect(skeletonKey("Fatma")).toBe("fetme");
    expect(distinctKeys(cologneKey, ["Fatima", "Fatma", "Fatimah"])).toEqual(["326"]);
  });

  it("joins the German spelling variants as well", () => {
    expect(distinctKeys(skeletonKey, ["Müller", "Mueller", "Muller"])).toEqual(["meler"]);
    expect(distinctKeys(skeletonKey, ["Meier", "Mayer", "Maier", "Meyer"])).toEqual(["mir"]);
    expect(distinctKeys(skeletonKey, ["Schmidt", "Schmitt", "Schmid"])).toEqual(["Smet"]);
  });

  it("bridges passport and German spellings of Cyrillic names", () => {
    expect(distinctKeys(skeletonKey, ["Tkachenko", "Tkatschenko"])).toEqual(["tkehenke"]);
    expect(distinctKeys(skeletonKey, ["Shevchenko", "Schewtschenko"])).toEqual(["Sevhenke"]);
    expect(distinctKeys(skeletonKey, ["Kravets", "Krawez", "Krawetz"])).toEqual(["kreves"]);
    expect(distinctKeys((name) => skeletonKey(latinise(name)), ["Olha", "Olga", "Ольга"])).toEqual(["olhe"]);
    expect(distinctKeys(skeletonKey, ["Olena", "Elena", "Jelena", "Yelena"])).toEqual(["elene"]);
    expect(distinctKeys(skeletonKey, ["Mikhail", "Michail"])).toEqual(["mehil"]);
    expect(distinctKeys(skeletonKey, ["Dmitrii", "Dmitry", "Dmitri", "Dmytro"])).toEqual(["tmetre"]);
    expect(distinctKeys(skeletonKey, ["Morozov", "Morosow"])).toEqual(["meresev"]);
    expect(distinctKeys(skeletonKey, ["Artem", "Artyom", "Artjom"])).toEqual(["artem"]);
    expect(distinctKeys(skeletonKey, ["Alekseev", "Alexejew"])).toEqual(["aleksev"]);
  });

  it("bridges Arabic transliterations", () => {
    expect(distinctKeys(skeletonKey, ["Khaled", "Chaled", "Haled"])).toEqual(["helet"]);
    expect(distinctKeys(skeletonKey, ["Jamal", "Djamal", "Dschamal"])).toEqual(["Jemel"]);
    expect(distinctKeys(skeletonKey, ["Tarek", "Tariq", "Tarik"])).toEqual(["terek"]);
    expect(distinctKeys(skeletonKey, ["Ibrahim", "Ebrahim", "Ibraheem"])).toEqual(["ebrehem"]);
    expect(distinctKeys(skeletonKey, ["Omar", "Umar"])).toEqual(["omer"]);
    expect(distinctKeys(skeletonKey, ["Najjar", "Najar"])).toEqual(["nir"]);
    expect(distinctKeys(skeletonKey, ["Abdullah", "Abdulla", "Abdallah"])).toEqual(["abtele"]);
  });

  it("does not merge clearly different names", () => {
    const pairs = [
      ["Ahmed", "Mahmoud"],
      ["Mohammed", "Mahmoud"],
      ["Olena", "Oleksandr"],
      ["Olena", "Alina"],
      ["Ali", "Alina"],
      ["Hassan", "Hussein"],
      ["Hassan", "Ghassan"],
      ["Omar", "Amir"],
      ["Yusuf", "Asif"],
      ["Khalil", "Khalid"],
      ["Fatima", "Fatma"],
      ["Anna", "Inna"],
    ] as const;
    for (const [a, b] of pairs) expect(skeletonKey(a), `${a} / ${b}`).not.toBe(skeletonKey(b));
  });

  it("returns an empty key for an empty token", () => {
    expect(skeletonKey("")).toBe("");
    expect(skeletonKey("-")).toBe("");
  });
});

describe("nameKeys", () => {
  it("collects sorted, distinct keys of every token and of multi-word parts written together", () => {
    expect(nameKeys("Mohammed", "Al-Hassan")).toEqual({
      normalisedGiven: "mohammed",
      normalisedFamily: "al hassan",
      tokens: ["al", "hassan", "mohammed"],
      cologne: ["05", "0586", "086", "662"],
      skeleton: ["al", "alhesen", "hesen", "mehemet"],
      metaphone: ["AL", "ALSN", "HSN", "MHMT"],
    });
  });

  it("shares a key between a hyphenated and a written-together family name", () => {
    const hyphenated = nameKeys("Muhammad", "Al-Hassan").skeleton;
    const together = nameKeys("Mohammed", "Alhassan").skeleton;
    expect(together).toEqual(["alhesen", "mehemet"]);
    expect(hyphenated.filter((key) => together.includes(key))).toEqual(["alhesen", "mehemet"]);
  });

  it("gives the Cyrillic and the passport spelling the same keys", () => {
    expect(nameKeys("Олександр", "Коваленко")).toEqual(nameKeys("Oleksandr", "Kovalenko"));
  });

  it("deduplicates repeated tokens and skips empty parts", () => {
    expect(nameKeys("Ali", "Ali")).toEqual({
      normalisedGiven: "ali",
      normalisedFamily: "ali",
      tokens: ["ali"],
      cologne: ["05"],
      skeleton: ["ale"],
      metaphone: ["AL"],
    });
    expect(nameKeys("", "")).toEqual({
      normalisedGiven: "",
      normalisedFamily: "",
      tokens: [],
      cologne: [],
      skeleton: [],
      metaphone: [],
    });
  });
});
