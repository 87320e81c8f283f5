import type { TImportField, TImportReason } from "../../../common/arrival/import-schemas.js";
import { renderFieldMessage, type TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TCellProblem } from "./parse-import-cells.js";

type TText = { de: string; en: string };

/** Reasons of the import's own (cells that cannot be read, rows that repeat), in German and English. */
const importMessages: Record<TCellProblem | "row_too_long" | "municipality_missing", TText> = {
  date_unreadable: {
    de: "Das Datum ist nicht lesbar. Bitte schreiben Sie es als TT.MM.JJJJ (z. B. 31.12.2024) oder JJJJ-MM-TT.",
    en: "The date cannot be read. Please write it as DD.MM.YYYY (e.g. 31.12.2024) or YYYY-MM-DD.",
  },
  date_impossible: {
    de: "Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    en: "This date does not exist. Please check day and month.",
  },
  birth_date_unreadable: {
    de: "Das Geburtsdatum ist nicht lesbar. Erlaubt sind TT.MM.JJJJ, MM.JJJJ oder JJJJ; unbekannte Teile als 00 (z. B. 00.00.1990).",
    en: "The date of birth cannot be read. Allowed are DD.MM.YYYY, MM.YYYY or YYYY; unknown parts as 00 (e.g. 00.00.1990).",
  },
  sex_unknown: {
    de: "Diese Angabe zum Geschlecht kennen wir nicht. Erlaubt sind m, w, d, x oder ein leeres Feld.",
    en: "We do not know this entry for sex. Allowed are m, w (female), d, x or an empty cell.",
  },
  nationality_unknown: {
    de: "Diese Staatsangehörigkeit kennen wir nicht. Bitte geben Sie den Ländercode (z. B. UA) oder den Ländernamen (z. B. Ukraine) an.",
    en: "We do not know this nationality. Please give the country code (e.g. UA) or the country's name (e.g. Ukraine).",
  },
  language_unknown: {
    de: "Diese Sprache kennen wir nicht. Bitte geben Sie den Sprachcode (z. B. uk) oder den Namen der Sprache (z. B. Ukrainisch) an.",
    en: "We do not know this language. Please give the language code (e.g. uk) or its name (e.g. Ukrainian).",
  },
  municipality_unknown: {
    de: "Diese Gemeinde gehört nicht zum Landkreis. Bitte geben Sie den Namen der Gemeinde oder ihren achtstelligen Gemeindeschlüssel (AGS) an.",
    en: "This municipality is not part of the district. Please give the municipality's name or its eight-digit key (AGS).",
  },
  municipality_missing: {
    de: "Die Gemeinde fehlt. Jede Person muss einer Gemeinde des Landkreises zugeordnet sein.",
    en: "The municipality is missing. Every person must belong to a municipality of the district.",
  },
  residence_category_unknown: {
    de: "Diesen Aufenthaltsstatus kennen wir nicht. Bitte geben Sie z. B. „Aufenthaltsgestattung“, „Duldung“ oder „§ 24 AufenthG“ an.",
    en: "We do not know this residence status. Please give e.g. “Aufenthaltsgestattung”, “Duldung” or “§ 24 AufenthG”.",
  },
  row_too_long: {
    de: "Die Zeile hat mehr Zellen als die Datei Spaltenüberschriften hat. Bitte prüfen Sie Trennzeichen in dieser Zeile.",
    en: "The row has more cells than the file has headings. Please check the delimiters in this row.",
  },
};

export type TImportMessageCode = keyof typeof importMessages;

export function buildReason(
  code: TImportMessageCode,
  field: TImportField | null,
  column: string | null,
): TImportReason {
  return { field, column, code, message: importMessages[code] };
}

/** A reason with a message from the shared registry of field rules (the same text as the form shows). */
export function buildFieldRuleReason(
  code: TFieldMessageCode,
  field: TImportField | null,
  column: string | null,
): TImportReason {
  return { field, column, code, message: { de: renderFieldMessage(code, "de"), en: renderFieldMessage(code, "en") } };
}

const formatBirth = (birth: { birthYear: number | null; birthMonth: number | null; birthDay: number | null }) =>
  [birth.birthDay, birth.birthMonth, birth.birthYear]
    .filter((part) => part !== null)
    .map((part) => String(part).padStart(2, "0"))
    .join(".");

/** Why a row is held back as a likely duplicate: of a registered person, or of an earlier row. */
export function buildDuplicateReason(
  candidate:
    | { kind: "row"; rowNumber: number }
    | {
        kind: "person";
        givenName: string;
        familyName: string;
        birthYear: number | null;
        birthMonth: number | null;
        birthDay: number | null;
        score: number;
      },
): TImportReason {
  if (candidate.kind === "row") {
    return {
      field: null,
      column: null,
      code: "likely_duplicate_in_file",
      message: {
        de: `Gleicher Name und gleiches Geburtsdatum wie in Zeile ${candidate.rowNumber} der Datei.`,
        en: `Same name and date of birth as row ${candidate.rowNumber} of the file.`,
      },
    };
  }
  const who = `${candidate.familyName}, ${candidate.givenName} ${formatBirth(candidate)}`.trim();
  return {
    field: null,
    column: null,
    code: "likely_duplicate_in_registry",
    message: {
      de: `Vermutlich bereits erfasst: ${who} (Übereinstimmung ${candidate.score} von 100).`,
      en: `Probably registered already: ${who} (match ${candidate.score} of 100).`,
    },
  };
}

export function buildRepeatReason(rowNumber: number): TImportReason {
  return {
    field: null,
    column: null,
    code: "repeated_in_file",
    message: {
      de: `Diese Zeile wiederholt Zeile ${rowNumber} der Datei und wird nur einmal übernommen.`,
      en: `This row repeats row ${rowNumber} of the file and is taken over once.`,
    },
  };
}

export const alreadyImportedReason: TImportReason = {
  field: null,
  column: null,
  code: "already_imported",
  message: {
    de: "Diese Person wurde bereits mit einer früheren Liste übernommen und wird nicht erneut angelegt.",
    en: "This person was taken over with an earlier list already and is not created again.",
  },
};

/**
 * A registry duplicate without naming the person: for the error report file (no other person's
 * data leaves in a download) and where the person is outside the user's scope by now.
 */
export function buildHiddenDuplicateReason(score: number): TImportReason {
  return {
    field: null,
    column: null,
    code: "likely_duplicate_in_registry",
    message: {
      de: `Vermutlich bereits erfasst (Übereinstimmung ${score} von 100); wer es ist, zeigt die Vorschau.`,
      en: `Probably registered already (match ${score} of 100); the preview shows whom.`,
    },
  };
}
