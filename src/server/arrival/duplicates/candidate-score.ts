import { compareNames, type TName, type TNameComparison, type TNameMatch } from "./name-comparison.js";
import { compareBirthDates, type TPartialDate } from "./partial-date.js";

export type TSex = "female" | "male" | "diverse" | "not_stated";

/**
 * What is known about a person for the duplicate check. The first name is the passport spelling; further
 * spellings and the name in its original script follow.
 */
export type TDuplicateProbe = { names: TName[]; birth: TPartialDate; sex: TSex };

export type TMatchReason =
  | "name_equal"
  | "names_swapped"
  | "name_spelling_variant"
  | "name_part_missing"
  | "name_similar"
  | "birth_equal"
  | "birth_compatible"
  | "birth_day_month_swapped"
  | "birth_one_digit_off"
  | "birth_different"
  | "sex_different";

export type TCandidateScore = { score: number; reasons: TMatchReason[] };

/**
 * Points per piece of evidence; the score is their sum, clamped to 0–100. docs/duplicates.md shows the
 * same table. Name points: the best of all pairs of spellings counts, once. nameSimilar is multiplied by
 * the trigram similarity (0.5–1), so it stays below namePartMissing. birthEqual needs the full date on
 * both sides; birthEqualPartial is the same year (and month) when that is all either side knows.
 */
export const duplicateScoreWeights = {
  nameEqual: 60,
  namesSwapped: 50,
  nameSpellingVariant: 45,
  namePartMissing: 35,
  nameSimilar: 30,
  birthEqual: 40,
  birthEqualPartial: 25,
  birthCompatible: 20,
  birthDayMonthSwapped: 30,
  birthOneDigitOff: 25,
  birthDifferent: -35,
  sexDifferent: -30,
} as const;

/**
 * From this score on a candidate is shown as a likely duplicate. A name alone never reaches it except an
 * identical name with no birth date to contradict it; a spelling variant needs at least a compatible
 * birth date (45 + 20), a missing name part an equal one (35 + 25 or 35 + 40), a merely similar name an
 * equal full birth date and a trigram similarity of two thirds (20 + 40). A contradicting birth date
 * (-35) or sex (-30) pulls even an identical name below it.
 */
export const likelyDuplicateThreshold = 60;

export function isLikelyDuplicate(score: number): boolean {
  return score >= likelyDuplicateThreshold;
}

type TEvidence = { reason: TMatchReason; points: number };

const nameEvidence: Record<Exclude<TNameMatch, "none">, TEvidence> = {
  equal: { reason: "name_equal", points: duplicateScoreWeights.nameEqual },
  swapped: { reason: "names_swapped", points: duplicateScoreWeights.namesSwapped },
  spelling_variant: { reason: "name_spelling_variant", points: duplicateScoreWeights.nameSpellingVariant },
  part_missing: { reason: "name_part_missing", points: duplicateScoreWeights.namePartMissing },
  similar: { reason: "name_similar", points: duplicateScoreWeights.nameSimilar },
};

function nameEvidenceOf({ match, similarity }: TNameComparison): TEvidence | null {
  if (match === "none") return null;
  const { reason, points } = nameEvidence[match];
  return { reason, points: match === "similar" ? points * similarity : points };
}

/** The strongest name evidence over every spelling of the probe against every spelling of the candidate. */
function bestNameEvidence(probe: readonly TName[], candidate: readonly TName[]): TEvidence | null {
  let best: TEvidence | null = null;
  for (const probeName of probe) {
    for (const candidateName of candidate) {
      const evidence = nameEvidenceOf(compareNames(probeName, candidateName));
      if (evidence !== null && (best === null || evidence.points > best.points)) best = evidence;
    }
  }
  return best;
}

function isFullDate(date: TPartialDate): boolean {
  return date.year !== null && date.month !== null && date.day !== null;
}

function birthEvidence(a: TPartialDate, b: TPartialDate): TEvidence | null {
  switch (compareBirthDates(a, b)) {
    case "equal":
      return {
        reason: "birth_equal",
        points: isFullDate(a) ? duplicateScoreWeights.birthEqual : duplicateScoreWeights.birthEqualPartial,
      };
    case "compatible":
      return { reason: "birth_compatible", points: duplicateScoreWeights.birthCompatible };
    case "day_month_swapped":
      return { reason: "birth_day_month_swapped", points: duplicateScoreWeights.birthDayMonthSwapped };
    case "one_digit_off":
      return { reason: "birth_one_digit_off", points: duplicateScoreWeights.birthOneDigitOff };
    case "different":
      return { reason: "birth_different", points: duplicateScoreWeights.birthDifferent };
    case "unknown":
      return null;
  }
}

function sexEvidence(a: TSex, b: TSex): TEvidence | null {
  const isContradiction = (a === "female" && b === "male") || (a === "male" && b === "female");
  return isContradiction ? { reason: "sex_different", points: duplicateScoreWeights.sexDifferent } : null;
}

/**
 * How likely the candidate is the probe's person, 0–100, with the evidence that made the score.
 * Pure: the database finds candidates by key overlap, this function ranks them.
 */
export function scoreCandidate(probe: TDuplicateProbe, candidate: TDuplicateProbe): TCandidateScore {
  const evidence = [
    bestNameEvidence(probe.names, candidate.names),
    birthEvidence(probe.birth, candidate.birth),
    sexEvidence(probe.sex, candidate.sex),
  ].filter((item): item is TEvidence => item !== null);
  const total = evidence.reduce((sum, item) => sum + item.points, 0);
  return {
    score: Math.round(Math.min(100, Math.max(0, total))),
    reasons: evidence.map((item) => item.reason),
  };
}
