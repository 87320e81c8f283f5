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
  },
} as const satisfies Record<"de" | "en", Record<string, { title: string; detail?: string }>>;

export type TConceptProblemKey = keyof typeof conceptProblemTexts.de;
