import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  duplicateScoreWeights,
  isLikelyDuplicate,
  likelyDuplicateThreshold,
  scoreCandidate,
  type TDuplicateProbe,
  type TSex,
} from "./candidate-score.js";
import type { TPartialDate } from "./partial-date.js";

/** "Given | Family" strings, then the birth date as "1990-05-12", "1990-05" or "1990" ("" when unknown). */
function person(names: readonly string[], birth: string, sex: TSex = "not_stated"): TDuplicateProbe {
  const [year, month, day] = birth.split("-").map(Number);
  const birthDate: TPartialDate = { year: year || null, month: month ?? null, day: day ?? null };
  return {
    names: names.map((name) => {
      const [givenName = "", familyName = ""] = name.split(" | ");
      return { givenName, familyName };
    }),
    birth: birthDate,
    sex,
  };
}

describe("scoreCandidate: the required cases", () => {
  it("Mohammed Al-Hassan and Muhammad Alhassan, same birthday: a spelling variant, likely", () => {
    const result = scoreCandidate(
      person(["Mohammed | Al-Hassan"], "1990-05-12"),
      person(["Muhammad | Alhassan"], "1990-05-12"),
    );
    expect(result).toEqual({ score: 85, reasons: ["name_spelling_variant", "birth_equal"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("Олександр Коваленко (with its passport spelling) and Aleksandr Kovalenko, same birthday: likely", () => {
    const result = scoreCandidate(
      person(["Oleksandr | Kovalenko", "Олександр | Коваленко"], "1985-03-07", "male"),
      person(["Aleksandr | Kovalenko"], "1985-03-07", "male"),
    );
    expect(result).toEqual({ score: 85, reasons: ["name_spelling_variant", "birth_equal"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("given and family name swapped: likely", () => {
    const result = scoreCandidate(
      person(["Kovalenko | Oleksandr"], "1985-03-07"),
      person(["Oleksandr | Kovalenko"], "1985-03-07"),
    );
    expect(result).toEqual({ score: 90, reasons: ["names_swapped", "birth_equal"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("a missing second given name is likely with an equal birthday, not without one", () => {
    const withBirth = scoreCandidate(
      person(["Anna Maria | Schmidt"], "1990-05-12"),
      person(["Anna | Schmidt"], "1990-05-12"),
    );
    expect(withBirth).toEqual({ score: 75, reasons: ["name_part_missing", "birth_equal"] });
    expect(isLikelyDuplicate(withBirth.score)).toBe(true);

    const withoutBirth = scoreCandidate(person(["Anna Maria | Schmidt"], ""), person(["Anna | Schmidt"], "1990-05-12"));
    expect(withoutBirth).toEqual({ score: 35, reasons: ["name_part_missing"] });
    expect(isLikelyDuplicate(withoutBirth.score)).toBe(false);
  });

  it("a mistyped day: likely", () => {
    const result = scoreCandidate(
      person(["Mohammed | Al-Hassan"], "1990-05-12"),
      person(["Mohammed | Al-Hassan"], "1990-05-13"),
    );
    expect(result).toEqual({ score: 85, reasons: ["name_equal", "birth_one_digit_off"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("day and month swapped: likely", () => {
    const result = scoreCandidate(
      person(["Mohammed | Al-Hassan"], "1990-05-12"),
      person(["Mohammed | Al-Hassan"], "1990-12-05"),
    );
    expect(result).toEqual({ score: 90, reasons: ["name_equal", "birth_day_month_swapped"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("another person with the same common given name: not likely", () => {
    const result = scoreCandidate(person(["Mohammed | Al-Hassan"], "1990"), person(["Mohammed | Khalil"], "1985"));
    expect(result).toEqual({ score: 0, reasons: ["birth_different"] });
    expect(isLikelyDuplicate(result.score)).toBe(false);
  });

  it("the same name with birth years twenty years apart: not likely", () => {
    const result = scoreCandidate(
      person(["Mohammed | Al-Hassan"], "1990-05-12"),
      person(["Mohammed | Al-Hassan"], "2010-05-12"),
    );
    expect(result).toEqual({ score: 25, reasons: ["name_equal", "birth_different"] });
    expect(isLikelyDuplicate(result.score)).toBe(false);
  });

  it("orders an exact match above a spelling variant above a merely similar name", () => {
    const probe = person(["Maria | Kowalski"], "1990-05-12");
    const exact = scoreCandidate(probe, person(["Maria | Kowalski"], "1990-05-12"));
    const variant = scoreCandidate(probe, person(["Marija | Kovalski"], "1990-05-12"));
    const similar = scoreCandidate(probe, person(["Maria | Kowalczyk"], "1990-05-12"));
    expect(exact).toEqual({ score: 100, reasons: ["name_equal", "birth_equal"] });
    expect(variant).toEqual({ score: 85, reasons: ["name_spelling_variant", "birth_equal"] });
    expect(similar).toEqual({ score: 57, reasons: ["name_similar", "birth_equal"] });
    expect(isLikelyDuplicate(similar.score)).toBe(false);
  });
});

describe("scoreCandidate: further evidence", () => {
  it("does not take twins with related names for one person", () => {
    const mohammed = person(["Mohammed | Al-Hassan"], "2015-02-03", "male");
    expect(scoreCandidate(mohammed, person(["Mahmoud | Al-Hassan"], "2015-02-03", "male"))).toEqual({
      score: 40,
      reasons: ["birth_equal"],
    });
    const hassan = person(["Hassan | Al-Ahmad"], "2015-02-03", "male");
    expect(scoreCandidate(hassan, person(["Hussein | Al-Ahmad"], "2015-02-03", "male")).score).toBe(40);
  });

  it("lowers the score for a contradicting sex", () => {
    const result = scoreCandidate(
      person(["Oleksandr | Kovalenko"], "1985-03-07", "male"),
      person(["Oleksandra | Kovalenko"], "1985-03-07", "female"),
    );
    expect(result).toEqual({ score: 55, reasons: ["name_spelling_variant", "birth_equal", "sex_different"] });
    expect(isLikelyDuplicate(result.score)).toBe(false);
  });

  it("does not count diverse or not stated as a contradiction", () => {
    const result = scoreCandidate(
      person(["Anna | Schmidt"], "1990-05-12", "diverse"),
      person(["Anna | Schmidt"], "1990-05-12", "female"),
    );
    expect(result.reasons).toEqual(["name_equal", "birth_equal"]);
  });

  it("takes the best pair of spellings", () => {
    const result = scoreCandidate(
      person(["Oleksandr | Kovalenko", "Александр | Коваленко"], "1985"),
      person(["Alex | Smith", "Aleksandr | Kovalenko"], "1985"),
    );
    expect(result).toEqual({ score: 85, reasons: ["name_equal", "birth_equal"] });
  });

  it("scores a year-only birth date lower than a full one", () => {
    const yearOnly = scoreCandidate(person(["Anna | Schmidt"], "1990"), person(["Anna | Schmidt"], "1990"));
    const compatible = scoreCandidate(person(["Anna | Schmidt"], "1990"), person(["Anna | Schmidt"], "1990-05-12"));
    expect(yearOnly.score).toBe(duplicateScoreWeights.nameEqual + duplicateScoreWeights.birthEqualPartial);
    expect(compatible).toEqual({ score: 80, reasons: ["name_equal", "birth_compatible"] });
  });

  it("warns on an identical name when no birth date can contradict it", () => {
    const result = scoreCandidate(person(["Anna | Schmidt"], ""), person(["Anna | Schmidt"], "1990-05-12"));
    expect(result).toEqual({ score: 60, reasons: ["name_equal"] });
    expect(isLikelyDuplicate(result.score)).toBe(true);
  });

  it("keeps the score between 0 and 100", () => {
    const result = scoreCandidate(
      person(["Anna | Schmidt"], "1990-05-12", "female"),
      person(["Peter | Wagner"], "1970-01-01", "male"),
    );
    expect(result).toEqual({ score: 0, reasons: ["birth_different", "sex_different"] });
  });

  it("scores nothing for a probe without names", () => {
    expect(scoreCandidate(person([], ""), person(["Anna | Schmidt"], ""))).toEqual({ score: 0, reasons: [] });
  });
});

describe("isLikelyDuplicate", () => {
  it("starts at the threshold", () => {
    expect(likelyDuplicateThreshold).toBe(60);
    expect(isLikelyDuplicate(59)).toBe(false);
    expect(isLikelyDuplicate(60)).toBe(true);
  });
});

describe("docs/duplicates.md", () => {
  it("shows the same weights and threshold as the code", () => {
    const doc = readFileSync(new URL("../../../../docs/duplicates.md", import.meta.url), "utf8");
    for (const [name, points] of Object.entries(duplicateScoreWeights)) {
      expect(doc, name).toMatch(new RegExp(`\\| \`${name}\` \\| ${points}( |\\|)`));
    }
    expect(doc).toContain(`\`score >= ${likelyDuplicateThreshold}\``);
  });
});
