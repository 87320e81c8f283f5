import type { TGeneratedName } from "./generated-person.js";
import type { TScript, TSpelling } from "./names/name-spelling.js";
import type { TRandom } from "./random.js";

const ONE_ALTERNATIVE_SHARE = 0.3;
const TWO_ALTERNATIVES_SHARE = 0.12;

function pickVariant(random: TRandom, spelling: TSpelling): string {
  return spelling.variants.length > 0 && random.isChance(0.7) ? random.pick(spelling.variants) : spelling.latin;
}

/**
 * The person_names rows of a person: the name in its original script where it has one, and for
 * a good share of people one or two further Latin spellings found in other documents.
 */
export function buildPersonNames(
  random: TRandom,
  given: TSpelling,
  family: TSpelling,
  script: TScript,
): TGeneratedName[] {
  const names: TGeneratedName[] = [];
  if (script !== "Latn" && given.original && family.original) {
    names.push({ kind: "original_script", script, givenName: given.original, familyName: family.original });
  }
  if (given.variants.length === 0 && family.variants.length === 0) return names;
  const draw = random.next();
  const wanted = draw < TWO_ALTERNATIVES_SHARE ? 2 : draw < TWO_ALTERNATIVES_SHARE + ONE_ALTERNATIVE_SHARE ? 1 : 0;
  const seen = new Set([`${given.latin} ${family.latin}`]);
  for (let attempt = 0; attempt < wanted * 3 && seen.size <= wanted; attempt++) {
    const givenName = pickVariant(random, given);
    const familyName = pickVariant(random, family);
    const key = `${givenName} ${familyName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({ kind: "alternative", script: "Latn", givenName, familyName });
  }
  return names;
}

/** A typing slip: two neighbouring letters swapped ("Nowak" → "Nowka"), or a letter doubled. */
export function mistypeName(random: TRandom, name: string): string {
  if (name.length >= 4) {
    const index = random.integer(1, name.length - 3);
    const swapped = name.slice(0, index) + name.charAt(index + 1) + name.charAt(index) + name.slice(index + 2);
    if (swapped !== name) return swapped;
  }
  return `${name}${name.slice(-1)}`;
}
