import type { TName } from "./name-comparison.js";
import { cologneKey, skeletonKey } from "./name-keys.js";
import { nameTokens, normaliseName } from "./name-normalisation.js";

/**
 * What the persons table stores for the duplicate search (docs/duplicates.md), over every name of
 * the person (passport spelling, original script, further spellings): the skeleton and Kölner
 * Phonetik keys of the given and of the family name, prefixed by kind so they never collide, and
 * the normalised family names for the trigram index.
 */
export type TPersonSearchKeys = { givenKeys: string[]; familyKeys: string[]; familyNormalised: string };

/**
 * Particles (al, el, bin, de, van) would make nearly every Arabic or Dutch family name a candidate
 * for every other: words under three letters get no key of their own, only as part of the whole
 * name part written together ("Al-Hassan" → "alhassan").
 */
const shortestKeyedWord = 3;

/**
 * A Kölner Phonetik code of one or two digits (Anna, Hanna → "06"; Meier → "67") is shared by a good
 * part of all names: it would fetch tens of thousands of rows among a million. The skeleton key
 * still covers those names.
 */
const shortestCologneCode = 3;

function keysOfPart(part: string): string[] {
  const tokens = nameTokens(part);
  const keyed = tokens.filter((token) => token.length >= shortestKeyedWord);
  if (tokens.length > 1) keyed.push(tokens.join(""));
  return keyed.flatMap((token) => {
    const cologne = cologneKey(token);
    return [`s:${skeletonKey(token)}`, ...(cologne.length >= shortestCologneCode ? [`c:${cologne}`] : [])];
  });
}

const distinctSorted = (values: string[]) => [...new Set(values)].sort();

export function personSearchKeys(names: readonly TName[]): TPersonSearchKeys {
  return {
    givenKeys: distinctSorted(names.flatMap((name) => keysOfPart(name.givenName))),
    familyKeys: distinctSorted(names.flatMap((name) => keysOfPart(name.familyName))),
    familyNormalised: distinctSorted(names.map((name) => normaliseName(name.familyName)).filter(Boolean)).join(" "),
  };
}
