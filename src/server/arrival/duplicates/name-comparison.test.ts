import { describe, expect, it } from "vitest";
import { compareNames } from "./name-comparison.js";

function matchOf(a: string, b: string): string {
  const [aGiven = "", aFamily = ""] = a.split(" | ");
  const [bGiven = "", bFamily = ""] = b.split(" | ");
  return compareNames({ givenName: aGiven, familyName: aFamily }, { givenName: bGiven, familyName: bFamily }).match;
}

describe("compareNames", () => {
  it("finds equal names after normalisation", () => {
    expect(matchOf("Jürgen | Müller", "JUERGEN | Mueller")).toBe("equal");
    expect(matchOf("Олександр | Коваленко", "Oleksandr | Kovalenko")).toBe("equal");
  });

  it("finds given and family name swapped", () => {
    expect(matchOf("Kovalenko | Oleksandr", "Oleksandr | Kovalenko")).toBe("swapped");
    expect(matchOf("Alhassan | Mohammed", "Muhammad | Al-Hassan")).toBe("swapped");
  });

  it("finds spelling variants word by word, and words written together or apart", () => {
    expect(matchOf("Mohammed | Al-Hassan", "Muhammad | Alhassan")).toBe("spelling_variant");
    expect(matchOf("Abdul Rahman | Al-Ali", "Abdulrahman | Al-Ali")).toBe("spelling_variant");
    expect(matchOf("Anna Maria | Schmidt", "Maria Anna | Schmidt")).toBe("spelling_variant");
  });

  it("accepts a Cologne match only when few letters differ", () => {
    expect(matchOf("Fatima | Al-Ali", "Fatma | Al-Ali")).toBe("spelling_variant");
    expect(matchOf("Suleiman | Haddad", "Sleiman | Haddad")).toBe("spelling_variant");
    expect(matchOf("Hassan | Al-Ahmad", "Hussein | Al-Ahmad")).toBe("none");
    expect(matchOf("Omar | Haddad", "Amir | Haddad")).toBe("none");
  });

  it("finds a missing second given name or family-name word", () => {
    expect(matchOf("Anna Maria | Schmidt", "Anna | Schmidt")).toBe("part_missing");
    expect(matchOf("Mohammed | Al-Hassan", "Mohammed | Hassan")).toBe("part_missing");
    expect(matchOf("Anna Maria | Schmidt", "Anna | Maria Schmidt")).toBe("part_missing");
  });

  it("does not count one shared given name as a missing part", () => {
    expect(matchOf("Mohammed | Al-Hassan", "Mohammed | ")).toBe("none");
  });

  it("falls back to trigram similarity of the full names", () => {
    expect(matchOf("Maria | Kowalski", "Maria | Kowalczyk")).toBe("similar");
    expect(matchOf("Mohammed | Al-Hassan", "Mohammed | Khalil")).toBe("none");
    expect(matchOf("Mohammed | Al-Hassan", "Mahmoud | Al-Hassan")).toBe("none");
  });

  it("reports the trigram similarity", () => {
    const comparison = compareNames(
      { givenName: "Maria", familyName: "Kowalski" },
      { givenName: "Maria", familyName: "Kowalczyk" },
    );
    expect(comparison.similarity).toBeCloseTo(0.55);
  });

  it("pairs each word once, even in long names of similar words", () => {
    expect(matchOf("Ali Ali | Hassan", "Ali | Hassan")).toBe("part_missing");
    // Not a missing part: the second "Ali" has no partner. Only the trigrams remain, which ignore repeats.
    expect(matchOf("Ali Ali | Hassan", "Ali Omar | Hassan")).toBe("similar");
    const many = Array.from({ length: 30 }, () => "Ali").join(" ");
    expect(matchOf(`${many} Zaid | Hassan`, `${many} ${many} | Hassan`)).toBe("similar");
  });

  it("never matches an empty name", () => {
    expect(matchOf(" | ", " | ")).toBe("none");
    expect(matchOf(" | ", "Anna | Schmidt")).toBe("none");
  });
});
