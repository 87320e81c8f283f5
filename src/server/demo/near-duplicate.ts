import type { TGeneratedPerson } from "./generated-person.js";
import { mistypeName } from "./person-names.js";
import type { TRandom } from "./random.js";

/** The same birthday as typed by someone else: day and month swapped, or the day off by one. */
function mistypeBirthDate(random: TRandom, person: TGeneratedPerson) {
  const { birthYear, birthMonth, birthDay } = person;
  if (birthMonth === null) return { birthYear, birthMonth: 1, birthDay: 1 };
  if (birthDay === null) return { birthYear, birthMonth, birthDay: 1 };
  if (birthDay <= 12 && birthDay !== birthMonth && random.isChance(0.4)) {
    return { birthYear, birthMonth: birthDay, birthDay: birthMonth };
  }
  const shiftedDay = birthDay >= 28 ? birthDay - 1 : birthDay + (random.isChance(0.5) || birthDay === 1 ? 1 : -1);
  return { birthYear, birthMonth, birthDay: shiftedDay };
}

function driftNames(random: TRandom, person: TGeneratedPerson) {
  const { given, family } = person.spellings;
  const isGivenDrifting = given.variants.length > 0 && (family.variants.length === 0 || random.isChance(0.6));
  if (isGivenDrifting) return { givenName: random.pick(given.variants), familyName: person.familyName };
  if (family.variants.length > 0) return { givenName: person.givenName, familyName: random.pick(family.variants) };
  return { givenName: person.givenName, familyName: mistypeName(random, person.familyName) };
}

/**
 * The same person registered a second time: another office wrote the name in another transliteration
 * and mistyped the birthday. Nothing marks it; finding it is the duplicate detection's job.
 */
export function createNearDuplicate(
  random: TRandom,
  person: TGeneratedPerson,
  pickMunicipality: (random: TRandom) => string,
): TGeneratedPerson {
  return {
    ...person,
    id: random.uuid(),
    ...driftNames(random, person),
    ...mistypeBirthDate(random, person),
    municipalityAgs: random.isChance(0.7) ? person.municipalityAgs : pickMunicipality(random),
    householdRelation: "head",
    names: person.names.filter((name) => name.kind === "original_script"),
  };
}
