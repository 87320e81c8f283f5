import bidiFactory from "bidi-js";
import { findFontScript, selectFontName, type TPdfFontName } from "./pdf-fonts.js";

const bidi = bidiFactory();

export type TTextDirection = "ltr" | "rtl";

/** A stretch of one line in one font at one bidi embedding level, ready to be measured and drawn. */
export type TTextRun = { text: string; font: TPdfFontName; level: number };

/** A paragraph's characters with their weight and their resolved levels (Unicode Bidirectional Algorithm). */
export type TBidiParagraph = { text: string; boldAt: readonly boolean[]; levels: Uint8Array };

export function resolveBidiParagraph(
  pieces: readonly { text: string; isBold: boolean }[],
  direction: TTextDirection,
): TBidiParagraph {
  const text = pieces.map((piece) => piece.text).join("");
  const boldAt = pieces.flatMap((piece) => Array.from({ length: piece.text.length }, () => piece.isBold));
  return { text, boldAt, levels: bidi.getEmbeddingLevels(text, direction).levels };
}

/** Marks and isolates steer the algorithm but are never drawn (the fonts have no glyph for them). */
const bidiControls = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Keeps a left-to-right value (phone number, e-mail address, web address) in one piece inside
 * right-to-left text: within Arabic, "0541 000-123" would otherwise be reordered as Arabic numbers.
 */
export function isolateLeftToRight(text: string): string {
  return `\u2066${text}\u2069`;
}

/** Logical-order runs of [start, end): a new run wherever the level, the script's font or the weight changes. */
export function splitRuns(paragraph: TBidiParagraph, start: number, end: number): TTextRun[] {
  const runs: TTextRun[] = [];
  for (let index = start; index < end; index += 1) {
    const character = paragraph.text[index] ?? "";
    if (bidiControls.test(character)) continue;
    const level = paragraph.levels[index] ?? 0;
    const font = selectFontName(findFontScript(character), paragraph.boldAt[index] ?? false);
    const last = runs[runs.length - 1];
    if (last && last.level === level && last.font === font) last.text += character;
    else runs.push({ text: character, font, level });
  }
  return runs;
}

/**
 * Rule L2 on runs: from the highest level down to the lowest odd one, every maximal sequence of
 * runs at that level or above is reversed. The result is the order in which runs stand left to right.
 */
export function orderRunsVisually(runs: readonly TTextRun[]): TTextRun[] {
  const ordered = [...runs];
  const levels = ordered.map((run) => run.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < ordered.length) {
      if ((ordered[index]?.level ?? 0) < level) {
        index += 1;
        continue;
      }
      let stop = index;
      while (stop < ordered.length && (ordered[stop]?.level ?? 0) >= level) stop += 1;
      ordered.splice(index, stop - index, ...ordered.slice(index, stop).reverse());
      index = stop;
    }
  }
  return ordered;
}

const hasArabicLetter = /\p{Script=Arabic}/u;

/**
 * The characters of a run in the order to hand to fontkit. fontkit shapes a run and reverses it
 * itself when it contains Arabic-script letters; any other run at an odd (right-to-left) level,
 * such as punctuation and spaces between Arabic words, is reversed here, with brackets mirrored.
 */
export function toDrawnText(run: TTextRun): string {
  const isRightToLeft = run.level % 2 === 1;
  const isReversedByFontkit = hasArabicLetter.test(run.text);
  if (isRightToLeft === isReversedByFontkit) return run.text;
  return Array.from(run.text)
    .reverse()
    .map((character) => (isRightToLeft ? (bidi.getMirroredCharacter(character) ?? character) : character))
    .join("");
}
