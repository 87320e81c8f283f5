/**
 * The reasons an arrival list cannot be read, each with a message for the user in German (their language)
 * and English. A problem carries its values (limits, line, column) as `detail`, so the wizard can show the
 * message, log the code and test on the values without parsing text.
 */

/** What the content looked like when it was neither CSV nor XLSX. */
export type TUnsupportedFormat = "xls" | "pdf" | "ods" | "zip" | "markup" | "binary";

/** The detail values of each problem; their names are the `{placeholders}` of the message templates. */
export type TArrivalFileProblemDetails = {
  file_empty: Record<string, never>;
  file_too_large: { maxBytes: number; maxMegabytes: number };
  xlsx_too_large: { maxUnpackedBytes: number; maxMegabytes: number };
  too_many_rows: { maxRows: number };
  unsupported_format: { detected: TUnsupportedFormat };
  xlsx_unreadable: Record<string, never>;
  xlsx_no_worksheet: Record<string, never>;
  csv_unreadable: { line: number };
  header_missing: Record<string, never>;
  header_duplicate: {
    name: string;
    column: number;
    columnLetter: string;
    firstColumn: number;
    firstColumnLetter: string;
  };
  header_empty: { column: number; columnLetter: string };
};

export type TArrivalFileProblemCode = keyof TArrivalFileProblemDetails;

export type TArrivalFileProblemLanguage = "de" | "en";

type TProblemTexts = Readonly<Record<TArrivalFileProblemCode, Readonly<Record<TArrivalFileProblemLanguage, string>>>>;

export const arrivalFileProblemTexts: TProblemTexts = {
  file_empty: {
    de: "Die Datei ist leer. Bitte wählen Sie die exportierte Ankunftsliste aus.",
    en: "The file is empty. Please choose the exported arrival list.",
  },
  file_too_large: {
    de: "Die Datei ist größer als {maxMegabytes} MB. Bitte teilen Sie die Liste auf mehrere kleinere Dateien auf.",
    en: "The file is larger than {maxMegabytes} MB. Please split the list into several smaller files.",
  },
  xlsx_too_large: {
    de:
      "Die Excel-Datei ist entpackt größer als {maxMegabytes} MB und kann nicht gelesen werden. Bitte speichern Sie " +
      "die Liste als CSV-Datei oder teilen Sie sie auf mehrere kleinere Dateien auf.",
    en:
      "Unpacked, the Excel file is larger than {maxMegabytes} MB and cannot be read. Please save the list as a CSV " +
      "file or split it into several smaller files.",
  },
  too_many_rows: {
    de:
      "Die Datei enthält mehr als {maxRows} Datenzeilen. Bitte teilen Sie die Liste auf mehrere Dateien mit " +
      "höchstens {maxRows} Zeilen auf.",
    en: "The file has more than {maxRows} data rows. Please split the list into files of at most {maxRows} rows.",
  },
  unsupported_format: {
    de:
      "Dieses Dateiformat kann nicht gelesen werden. Bitte laden Sie die Ankunftsliste als Excel-Arbeitsmappe " +
      "(.xlsx) oder als CSV-Datei hoch. Eine Datei im älteren Excel-Format (.xls) können Sie in Excel über " +
      "„Datei > Speichern unter“ als „Excel-Arbeitsmappe (*.xlsx)“ oder „CSV UTF-8 (durch Trennzeichen getrennt)“ " +
      "speichern.",
    en:
      "This file format cannot be read. Please upload the arrival list as an Excel workbook (.xlsx) or a CSV file. " +
      'A file in the older Excel format (.xls) can be saved in Excel with "File > Save As" as "Excel Workbook ' +
      '(*.xlsx)" or "CSV UTF-8 (Comma delimited)".',
  },
  xlsx_unreadable: {
    de:
      "Die Excel-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte exportieren Sie die " +
      "Liste erneut oder öffnen Sie sie in Excel und speichern Sie sie neu.",
    en:
      "The Excel file is damaged or incomplete and cannot be read. Please export the list again, or open it in " +
      "Excel and save it again.",
  },
  xlsx_no_worksheet: {
    de:
      "Die Excel-Datei enthält kein sichtbares Tabellenblatt mit Daten. Bitte prüfen Sie, ob Sie die richtige " +
      "Datei ausgewählt haben, und blenden Sie ausgeblendete Tabellenblätter gegebenenfalls ein.",
    en:
      "The Excel file has no visible worksheet with data. Please check that you chose the right file, and unhide " +
      "hidden worksheets if necessary.",
  },
  csv_unreadable: {
    de:
      "Die CSV-Datei kann ab Zeile {line} nicht gelesen werden, vermutlich wegen eines fehlenden oder überzähligen " +
      'Anführungszeichens ("). Bitte prüfen Sie diese Zeile oder exportieren Sie die Liste erneut.',
    en:
      "The CSV file cannot be read from line {line} on, probably because of a missing or extra quotation mark " +
      '("). Please check this line or export the list again.',
  },
  header_missing: {
    de:
      "Die Datei enthält keine Zeile mit Spaltenüberschriften. Bitte prüfen Sie, ob Sie die richtige Datei " +
      "ausgewählt haben und ob die erste Zeile die Spaltennamen enthält.",
    en:
      "The file has no row with column headings. Please check that you chose the right file and that its first " +
      "row holds the column names.",
  },
  header_duplicate: {
    de:
      "Die Spaltenüberschrift „{name}“ kommt mehrfach vor: in Spalte {firstColumn} ({firstColumnLetter}) und in " +
      "Spalte {column} ({columnLetter}). Bitte benennen Sie eine der Spalten um, damit jede Überschrift eindeutig ist.",
    en:
      'The column heading "{name}" occurs more than once: in column {firstColumn} ({firstColumnLetter}) and in ' +
      "column {column} ({columnLetter}). Please rename one of the columns so that every heading is unique.",
  },
  header_empty: {
    de:
      "Spalte {column} ({columnLetter}) hat keine Überschrift, obwohl weiter rechts Spalten mit Überschrift folgen. " +
      "Bitte tragen Sie eine Überschrift ein oder löschen Sie die leere Spalte.",
    en:
      "Column {column} ({columnLetter}) has no heading although columns with headings follow to its right. Please " +
      "add a heading or delete the empty column.",
  },
};

/** Limits are shown in megabytes (MiB, as file managers count them), to one decimal place. */
export function toMegabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

const numberLocales: Readonly<Record<TArrivalFileProblemLanguage, string>> = { de: "de-DE", en: "en-GB" };

function fillTemplate(
  template: string,
  detail: Readonly<Record<string, string | number>>,
  language: TArrivalFileProblemLanguage,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = detail[name];
    if (value === undefined) return placeholder;
    // Readers expect their own digit grouping: "100.000" in German, "100,000" in English.
    return typeof value === "number" ? value.toLocaleString(numberLocales[language]) : value;
  });
}

export class ArrivalFileProblem<TCode extends TArrivalFileProblemCode = TArrivalFileProblemCode> extends Error {
  readonly code: TCode;
  readonly detail: TArrivalFileProblemDetails[TCode];
  /** The name of the uploaded file when the caller gave one; only for messages and logs. */
  fileName: string | undefined;

  constructor(code: TCode, detail: TArrivalFileProblemDetails[TCode], options?: { cause?: unknown }) {
    super(fillTemplate(arrivalFileProblemTexts[code].en, detail, "en"), options);
    this.name = "ArrivalFileProblem";
    this.code = code;
    this.detail = detail;
  }
}

export function describeArrivalFileProblem(problem: ArrivalFileProblem, language: TArrivalFileProblemLanguage): string {
  return fillTemplate(arrivalFileProblemTexts[problem.code][language], problem.detail, language);
}
