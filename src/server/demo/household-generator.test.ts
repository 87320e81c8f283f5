import { describe, expect, it } from "vitest";
import type { TGeneratedHousehold, TGeneratedPerson } from "./generated-person.js";
import { createHouseholdGenerator } from "./household-generator.js";
import { createNearDuplicate } from "./near-duplicate.js";
import { createRandom } from "./random.js";

const municipalities = [
  { ags: "03459014", population: 32103, isTown: true },
  { ags: "03459016", population: 1782, isTown: false },
];

function generate(seed: number, persons: number): TGeneratedHousehold[] {
  const generator = createHouseholdGenerator(createRandom(seed), municipalities);
  const households: TGeneratedHousehold[] = [];
  let count = 0;
  while (count < persons) {
    const household = generator.next(persons - count);
    households.push(household);
    count += household.members.length;
  }
  return households;
}

const households = generate(7, 20_000);
const persons = households.flatMap((household) => household.members);

describe("household generator", () => {
  it("gives the same households for the same seed and others for another seed", () => {
    const small = generate(7, 500);
    expect(generate(7, 500)).toEqual(small);
    // Only the last household may differ: it is cut to fit the smaller total.
    expect(small.slice(0, -1)).toEqual(households.slice(0, small.length - 1));
    expect(generate(8, 500)[0]?.id).not.toBe(households[0]?.id);
  });

  it("stops at exactly the number of persons asked for", () => {
    expect(persons).toHaveLength(20_000);
    expect(new Set(persons.map((person) => person.id)).size).toBe(20_000);
  });

  it("gives every household one head, at most one partner and one municipality", () => {
    for (const household of households) {
      const relations = household.members.map((member) => member.householdRelation);
      expect(relations[0]).toBe("head");
      expect(relations.filter((relation) => relation === "head")).toHaveLength(1);
      expect(relations.filter((relation) => relation === "partner").length).toBeLessThanOrEqual(1);
      expect(new Set(household.members.map((member) => member.municipalityAgs))).toEqual(
        new Set([household.municipalityAgs]),
      );
    }
  });

  it("makes parents at least 16 years older than their children", () => {
    for (const household of households) {
      const parents = household.members.filter(
        (m) => m.householdRelation === "head" || m.householdRelation === "partner",
      );
      const children = household.members.filter((m) => m.householdRelation === "child");
      if (children.length === 0) continue;
      const youngestParent = Math.max(...parents.map((parent) => parent.birthYear));
      const oldestChild = Math.min(...children.map((child) => child.birthYear));
      expect(oldestChild - youngestParent).toBeGreaterThanOrEqual(16);
    }
  });

  it("mixes household sizes from singles to large families", () => {
    const sizes = households.map((household) => household.members.length);
    const share = (predicate: (size: number) => boolean) => sizes.filter(predicate).length / sizes.length;
    expect(share((size) => size === 1)).toBeGreaterThan(0.25);
    expect(share((size) => size >= 4)).toBeGreaterThan(0.15);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
  });

  it("fits residence categories and arrival dates to the origin", () => {
    const of = (country: string) => persons.filter((person) => person.nationalities[0] === country);
    for (const country of ["RO", "BG", "PL"]) {
      expect(new Set(of(country).map((person) => person.residenceCategory))).toEqual(new Set(["eu_freizuegigkeit"]));
    }
    const ukrainians = of("UA");
    const isTemporaryProtection = (person: TGeneratedPerson) => person.residenceCategory === "voruebergehender_schutz";
    expect(ukrainians.filter(isTemporaryProtection).length / ukrainians.length).toBeGreaterThan(0.7);
    for (const person of ukrainians) {
      if (person.arrivedInGermanyOn) expect(person.arrivedInGermanyOn >= "2022-02-24").toBe(true);
    }
    expect(of("SY").some((person) => person.residenceCategory === "subsidiaer")).toBe(true);
  });

  it("writes names of Cyrillic, Arabic-script and Ge'ez-script origins in their original script too", () => {
    const scripts: Record<string, string> = {
      UA: "Cyrl",
      RU: "Cyrl",
      BG: "Cyrl",
      SY: "Arab",
      IQ: "Arab",
      AF: "Arab",
      ER: "Ethi",
    };
    for (const person of persons) {
      const country = person.nationalities[0] ?? "";
      const original = person.names.find((name) => name.kind === "original_script");
      if (scripts[country]) expect(original?.script).toBe(scripts[country]);
      else expect(original).toBeUndefined();
    }
    const ukrainian = persons.find((person) => person.nationalities[0] === "UA");
    expect(ukrainian?.names[0]?.givenName).toMatch(/^\p{Script=Cyrillic}+$/u);
    const syrian = persons.find((person) => person.nationalities[0] === "SY");
    expect(syrian?.names[0]?.familyName).toMatch(/^[\p{Script=Arabic} ]+$/u);
  });

  it("keeps partial birth dates to refugees' origins mostly and never invents a day without a month", () => {
    const partial = persons.filter((person) => person.birthDay === null);
    expect(partial.length / persons.length).toBeGreaterThan(0.02);
    expect(partial.length / persons.length).toBeLessThan(0.15);
    for (const person of persons) if (person.birthMonth === null) expect(person.birthDay).toBeNull();
  });

  it("creates about half a percent of near-duplicates, right after the person they copy", () => {
    const isSamePerson = (a: TGeneratedPerson, b: TGeneratedPerson) =>
      a.id !== b.id &&
      a.sex === b.sex &&
      a.birthYear === b.birthYear &&
      a.arrivedInGermanyOn === b.arrivedInGermanyOn &&
      a.nationalities.join() === b.nationalities.join();
    let duplicates = 0;
    households.forEach((household, index) => {
      const [single] = household.members;
      if (household.members.length !== 1 || !single) return;
      const earlier = households.slice(Math.max(0, index - 3), index).flatMap((candidate) => candidate.members);
      if (earlier.some((person) => isSamePerson(person, single))) duplicates++;
    });
    expect(duplicates / persons.length).toBeGreaterThan(0.003);
    expect(duplicates / persons.length).toBeLessThan(0.008);
  });
});

describe("near-duplicate", () => {
  it("keeps the person but drifts the spelling and the birthday", () => {
    const random = createRandom(3);
    const original = persons.find((person) => person.birthDay !== null && person.spellings.given.variants.length > 0);
    if (!original) throw new Error("no suitable person generated");
    for (let round = 0; round < 50; round++) {
      const duplicate = createNearDuplicate(random, original, () => original.municipalityAgs);
      expect(duplicate.id).not.toBe(original.id);
      expect(`${duplicate.givenName} ${duplicate.familyName}`).not.toBe(`${original.givenName} ${original.familyName}`);
      expect(duplicate.birthYear).toBe(original.birthYear);
      expect([duplicate.birthMonth, duplicate.birthDay]).not.toEqual([original.birthMonth, original.birthDay]);
      expect(duplicate.nationalities).toEqual(original.nationalities);
    }
  });
});
