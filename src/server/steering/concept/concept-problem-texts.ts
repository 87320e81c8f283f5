/** The titles and details of the concept's own problems, in German and English (merged into problem-texts.ts). */
export const conceptProblemTexts = {
  de: {
    conceptPeriodClosed: {
      title: "Der Konzeptzeitraum ist abgeschlossen.",
      detail: "Seine Teile werden nicht mehr geändert. Setzen Sie den Zeitraum wieder auf aktiv, um ihn zu bearbeiten.",
    },
    conceptPeriodNotDraft: { title: "Nur Entwürfe können gelöscht werden." },
    conceptPeriodActiveExists: {
      title: "Es gibt schon einen aktiven Konzeptzeitraum.",
      detail: "Schließen Sie ihn ab oder setzen Sie ihn auf Entwurf, bevor Sie einen anderen aktivieren.",
    },
    conceptPartHasChildren: {
      title: "Dieser Teil des Konzepts enthält noch weitere Einträge.",
      detail: "Löschen Sie zuerst seine Teilziele oder Maßnahmen.",
    },
    conceptImportInvalid: {
      title: "Die Datei enthält Fehler; es wurde nichts übernommen.",
      detail:
        "Die Liste nennt jede fehlerhafte Zeile mit Blatt, Zeile und Spalte. Korrigieren Sie sie und laden Sie die Datei erneut.",
    },
    conceptImportUnreadable: {
      title: "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).",
      detail:
        "Speichern Sie sie in Excel oder LibreOffice als .xlsx; am besten beginnen Sie mit dem Export des Zeitraums.",
    },
    conceptImportTooLarge: { title: "Die Datei ist zu groß." },
  },
  en: {
    conceptPeriodClosed: {
      title: "The concept period is closed.",
      detail: "Its parts are no longer changed. Set the period back to active to edit it.",
    },
    conceptPeriodNotDraft: { title: "Only drafts can be deleted." },
    conceptPeriodActiveExists: {
      title: "There is already an active concept period.",
      detail: "Close it or set it back to draft before activating another one.",
    },
    conceptPartHasChildren: {
      title: "This part of the concept still contains further entries.",
      detail: "Delete its sub-goals or measures first.",
    },
    conceptImportInvalid: {
      title: "The file contains errors; nothing was imported.",
      detail: "The list names every faulty row with its sheet, row and column. Correct them and upload the file again.",
    },
    conceptImportUnreadable: {
      title: "The file is not a readable Excel workbook (.xlsx).",
      detail: "Save it as .xlsx in Excel or LibreOffice; it is best to start from the period's export.",
    },
    conceptImportTooLarge: { title: "The file is too large." },
  },
} as const satisfies Record<"de" | "en", Record<string, { title: string; detail?: string }>>;

export type TConceptProblemKey = keyof typeof conceptProblemTexts.de;
