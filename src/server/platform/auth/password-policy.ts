import { readFileSync } from "node:fs";
import type { TFieldProblem } from "../../../common/platform/problem.js";
import { problemTypes } from "../../../common/platform/problem.js";
import { HttpProblem } from "../http/problems.js";
import type { TApiLanguage } from "../http/request-language.js";

/**
 * The checks on a new password beyond its length (src/common/platform/password-schemas.ts holds
 * the length, which the web form checks too). Length is what matters most (NIST SP 800-63B); on
 * top we refuse what attackers try first: passwords from breach lists (data/SOURCES.md), the
 * product's and the district's names, keyboard walks, repeated characters, and the person's own
 * e-mail or name. No composition rules: they make passwords harder to remember, not to guess.
 */
export type TPasswordWeakness = "common" | "personal" | "repetitive" | "sequence";

const commonPasswords = new Set(
  readFileSync(new URL("./data/common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);

/** Words of this installation people reach for; "passwort" and friends are in the list already. */
const productWords = [
  "kommmit",
  "kommit",
  "landkreis",
  "osnabrueck",
  "osnabrück",
  "osnabruck",
  "landkreisosnabrueck",
  "landkreisosnabrück",
  "migration",
  "integration",
  "willkommen",
  "kennwort",
  "geheim",
  "sicher",
];

/** Rows a keyboard walk or a counting run follows (German and English layouts, both directions). */
const sequences = [
  "01234567890",
  "abcdefghijklmnopqrstuvwxyz",
  "qwertzuiopü",
  "asdfghjklöä",
  "yxcvbnm",
  "qwertyuiop",
  "zxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p",
  "1qay2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p",
];

function isStep(a: string, b: string): boolean {
  return sequences.some((row) => row.includes(a + b) || row.includes(b + a));
}

/** Mostly made of neighbouring keys or counting: "qwertzuiop12", "123456789012", "abcdefghijkl". */
function isSequence(text: string): boolean {
  let steps = 0;
  for (let index = 1; index < text.length; index += 1) {
    const previous = text[index - 1] ?? "";
    const current = text[index] ?? "";
    if (isStep(previous, current) || previous === current) steps += 1;
  }
  return steps >= (text.length - 1) * 0.8;
}

/** The letters in the middle: "Passwort2024!" → "passwort". */
function stripDecoration(text: string): string {
  return text.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");
}

/** "hallohallohallo" → "hallo"; the text itself when it repeats nothing. */
function findRepeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return text.slice(0, size);
    }
  }
  return text;
}

function isKnownWord(word: string): boolean {
  return word !== "" && (commonPasswords.has(word) || productWords.includes(word));
}

/** A known word with only digits and symbols around it: "hallo1234567" (the list has "hallo123"). */
function isDecoratedKnownWord(text: string): boolean {
  const hasNoLetters = (part: string) => !/\p{L}/u.test(part);
  for (let end = text.length; end >= 4; end -= 1) {
    if (hasNoLetters(text.slice(end)) && isKnownWord(text.slice(0, end))) return true;
  }
  for (let start = 0; start <= text.length - 4; start += 1) {
    if (hasNoLetters(text.slice(0, start)) && isKnownWord(text.slice(start))) return true;
  }
  return false;
}

function isCommon(normalized: string): boolean {
  const core = stripDecoration(normalized);
  const candidates = [normalized, core, findRepeatedUnit(normalized), findRepeatedUnit(core)];
  if (candidates.some(isKnownWord) || isDecoratedKnownWord(normalized)) return true;
  // "Osnabrück-Kommmit" and "sommerwinter": nothing but two known words.
  const letters = core.replace(/[^\p{L}]+/gu, "");
  for (let split = 3; split <= letters.length - 3; split += 1) {
    if (isKnownWord(letters.slice(0, split)) && isKnownWord(letters.slice(split))) return true;
  }
  return false;
}

function isPersonal(normalized: string, person: TPasswordOwner): boolean {
  const compact = normalized.replace(/[\s._-]+/g, "");
  const email = person.email.toLowerCase();
  const localPart = email.split("@")[0] ?? "";
  const nameParts = person.displayName
    .toLowerCase()
    .split(/[\s.,_-]+/)
    .filter((part) => part.length >= 4);
  const fullName = person.displayName.toLowerCase().replace(/[\s.,_-]+/g, "");
  const core = stripDecoration(normalized);
  return (
    normalized.includes(email) ||
    (localPart.replace(/[._-]+/g, "").length >= 4 && compact.includes(localPart.replace(/[._-]+/g, ""))) ||
    (fullName.length >= 4 && compact.includes(fullName)) ||
    nameParts.includes(core) ||
    nameParts.some((part) => findRepeatedUnit(core) === part)
  );
}

export type TPasswordOwner = { email: string; displayName: string };

/** The first weakness found, or undefined for a password we accept. Length is checked by the schema. */
export function findPasswordWeakness(password: string, owner: TPasswordOwner): TPasswordWeakness | undefined {
  const normalized = password.normalize("NFC").toLowerCase();
  if (new Set(normalized).size < 5) return "repetitive";
  if (isPersonal(normalized, owner)) return "personal";
  if (isSequence(normalized)) return "sequence";
  if (isCommon(normalized)) return "common";
  return undefined;
}

const messages: Record<"de" | "en", Record<TPasswordWeakness, string>> = {
  de: {
    common: "Dieses Passwort ist zu verbreitet und wird zuerst ausprobiert. Bitte wählen Sie ein anderes.",
    personal: "Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihren Namen enthalten.",
    repetitive: "Das Passwort besteht aus zu wenigen verschiedenen Zeichen.",
    sequence: "Das Passwort folgt einer Tastatur- oder Zahlenreihe. Bitte wählen Sie ein anderes.",
  },
  en: {
    common: "This password is too common and among the first ones tried. Please choose another one.",
    personal: "The password must not contain your e-mail address or your name.",
    repetitive: "The password has too few different characters.",
    sequence: "The password follows a row of the keyboard or a run of numbers. Please choose another one.",
  },
};

/** Throws a 422 with the weakness as a field problem at `/body/<field>`, in the request's language. */
export function assertPasswordAcceptable(
  password: string,
  owner: TPasswordOwner,
  language: TApiLanguage,
  field = "password",
): void {
  const weakness = findPasswordWeakness(password, owner);
  if (!weakness) return;
  const error: TFieldProblem = {
    pointer: `/body/${field}`,
    detail: messages[language === "de" ? "de" : "en"][weakness],
    code: `password_${weakness}`,
  };
  throw new HttpProblem(422, "validation", { type: problemTypes.validation, errors: [error] });
}
