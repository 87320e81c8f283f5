import { cologneKey, skeletonKey } from "./name-keys.js";
import { nameTokens, normaliseName } from "./name-normalisation.js";
import { editSimilarity, trigramSimilarity } from "./string-similarity.js";

/** One spelling of a person's name as it was entered. */
export type TName = { givenName: string; familyName: string };

/** How two spellings of a name relate, strongest evidence first. */
export type TNameMatch = "equal" | "swapped" | "spelling_variant" | "part_missing" | "similar" | "none";

export type TNameComparison = { match: TNameMatch; similarity: number };

/**
 * Below this pg_trgm-style similarity of the full names, "similar" is not claimed. pg_trgm's own `%`
 * operator uses 0.3, which is right for finding candidates but too loose as evidence: "Mohammed Al-Hassan"
 * and "Mohammed Khalil" share the common given name and reach about 0.35.
 */
const minimumNameSimilarity = 0.5;

/**
 * Two tokens whose Kölner Phonetik agrees count as spellings of one another only when they also differ
 * in few letters. The phonetic code ignores vowels, so on its own it would merge Hassan and Hussein or
 * Omar and Amir (different names, often brothers' names); with the edit guard it still joins
 * Fatima and Fatma, Khaled and Chaled, Suleiman and Sleiman.
 */
const minimumEditSimilarityForCologne = 0.75;

type TToken = { text: string; skeleton: string; cologne: string };

function toTokens(part: string): TToken[] {
  return nameTokens(part).map((text) => ({ text, skeleton: skeletonKey(text), cologne: cologneKey(text) }));
}

function joined(tokens: readonly TToken[]): TToken {
  const text = tokens.map((token) => token.text).join("");
  return { text, skeleton: skeletonKey(text), cologne: cologneKey(text) };
}

function isSpellingOf(a: TToken, b: TToken): boolean {
  if (a.text === b.text || a.skeleton === b.skeleton) return true;
  return a.cologne === b.cologne && editSimilarity(a.text, b.text) >= minimumEditSimilarityForCologne;
}

/**
 * Every token of `fewer` pairs with its own token of `more`: a bipartite matching by augmenting paths,
 * so a name made of many similar words cannot make the search explode.
 */
function pairsInto(fewer: readonly TToken[], more: readonly TToken[]): boolean {
  const isPair = fewer.map((token) => more.map((candidate) => isSpellingOf(token, candidate)));
  const partnerOf = new Map<number, number>();
  const assign = (index: number, visited: Set<number>): boolean =>
    more.some((_, candidate) => {
      if (visited.has(candidate) || isPair[index]?.[candidate] !== true) return false;
      visited.add(candidate);
      const current = partnerOf.get(candidate);
      if (current !== undefined && !assign(current, visited)) return false;
      partnerOf.set(candidate, index);
      return true;
    });
  return fewer.every((_, index) => assign(index, new Set()));
}

/** How one name part (given or family) of two spellings relates; higher is stronger. */
const partMatchStrength = { none: 0, subset: 1, variant: 2, equal: 3 } as const;
type TPartMatch = keyof typeof partMatchStrength;

function comparePart(a: readonly TToken[], b: readonly TToken[]): TPartMatch {
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  if (fewer.length === 0) return more.length === 0 ? "equal" : "subset";
  const aText = a.map((token) => token.text).join(" ");
  const bText = b.map((token) => token.text).join(" ");
  if (aText === bText) return "equal";
  // "Al-Hassan" and "Alhassan", "Abdul Rahman" and "Abdulrahman" differ only in how the words are split.
  if (isSpellingOf(joined(a), joined(b))) return "variant";
  if (fewer.length === more.length && pairsInto(fewer, more)) return "variant";
  return pairsInto(fewer, more) ? "subset" : "none";
}

function isAtLeast(match: TPartMatch, minimum: TPartMatch): boolean {
  return partMatchStrength[match] >= partMatchStrength[minimum];
}

function classify(a: TName, b: TName): TNameMatch {
  const aGiven = toTokens(a.givenName);
  const aFamily = toTokens(a.familyName);
  const bGiven = toTokens(b.givenName);
  const bFamily = toTokens(b.familyName);
  if (aGiven.length + aFamily.length === 0 || bGiven.length + bFamily.length === 0) return "none";
  const given = comparePart(aGiven, bGiven);
  const family = comparePart(aFamily, bFamily);
  if (given === "equal" && family === "equal") return "equal";
  const isSwapped =
    isAtLeast(comparePart(aGiven, bFamily), "variant") && isAtLeast(comparePart(aFamily, bGiven), "variant");
  if (isSwapped) return "swapped";
  if (isAtLeast(given, "variant") && isAtLeast(family, "variant")) return "spelling_variant";
  // A missing second given name or family-name word still leaves two words that match, which one common
  // given name alone ("Mohammed" against "Mohammed Al-Hassan") does not.
  const matchedTokens = Math.min(aGiven.length, bGiven.length) + Math.min(aFamily.length, bFamily.length);
  if (isAtLeast(given, "subset") && isAtLeast(family, "subset") && matchedTokens >= 2) return "part_missing";
  return "none";
}

/** Compares two spellings of a name; `similarity` is the trigram similarity of the full normalised names. */
export function compareNames(a: TName, b: TName): TNameComparison {
  const similarity = trigramSimilarity(
    normaliseName(`${a.givenName} ${a.familyName}`),
    normaliseName(`${b.givenName} ${b.familyName}`),
  );
  const match = classify(a, b);
  if (match !== "none") return { match, similarity };
  return { match: similarity >= minimumNameSimilarity ? "similar" : "none", similarity };
}
