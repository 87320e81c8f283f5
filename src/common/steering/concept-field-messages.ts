/** The de/en texts of the integration concept's own field rules (merged into fieldMessages). */
export const conceptFieldMessages = {
  concept_name_required: {
    de: "Bitte geben Sie einen Namen an, zum Beispiel „Integrationskonzept 2018–2022“.",
    en: "Please enter a name, for example “Integration concept 2018–2022”.",
  },
  concept_period_end_before_start: {
    de: "Das Endjahr darf nicht vor dem Anfangsjahr liegen.",
    en: "The final year cannot be before the first year.",
  },
  concept_status_transition: {
    de: "In diesen Status kann der Zeitraum nicht wechseln: Entwurf → aktiv → abgeschlossen; aktiv auch zurück zum Entwurf, abgeschlossen wieder zu aktiv.",
    en: "The period cannot change to this status: draft → active → closed; active also back to draft, closed back to active.",
  },
  concept_guiding_principle_required: {
    de: "Bitte geben Sie das Leitbild des Handlungsfelds an.",
    en: "Please enter the field of action's guiding principle.",
  },
  concept_statement_duplicate: {
    de: "Für dieses Handlungsfeld gibt es in diesem Zeitraum schon einen Eintrag.",
    en: "This field of action already has an entry in this period.",
  },
  concept_title_required: {
    de: "Bitte geben Sie eine Bezeichnung an.",
    en: "Please enter a title.",
  },
  concept_number_taken: {
    de: "Diese Nummer ist hier schon vergeben.",
    en: "This number is already taken here.",
  },
  concept_target_year_duplicate: {
    de: "Für dieses Jahr gibt es schon einen Zielwert.",
    en: "There is already a target for this year.",
  },
  concept_target_year_outside_period: {
    de: "Dieses Jahr liegt nicht im Konzeptzeitraum.",
    en: "This year is outside the concept period.",
  },
  concept_baseline_after_period: {
    de: "Der Ausgangswert kann nicht aus einem Jahr nach dem Konzeptzeitraum stammen.",
    en: "The baseline cannot be from a year after the concept period.",
  },
  concept_organisation_unknown: {
    de: "Diese Organisation gibt es im Landkreis nicht. Bitte wählen Sie sie aus der Liste.",
    en: "This organisation does not exist in the district. Please choose it from the list.",
  },
  concept_value_source_required: {
    de: "Bitte geben Sie die Quelle an, zum Beispiel „Landesamt für Statistik, 2024“.",
    en: "Please name the source, for example “State statistics office, 2024”.",
  },
  concept_value_duplicate: {
    de: "Für diesen Zeitraum und dieses Gebiet gibt es schon einen Wert.",
    en: "There is already a value for this period and area.",
  },
  concept_unit_unknown: {
    de: "Diese Kommune liegt nicht im Landkreis.",
    en: "This municipal administration is not in the district.",
  },
  concept_municipality_unknown: {
    de: "Diese Gemeinde liegt nicht im Landkreis.",
    en: "This municipality is not in the district.",
  },
  concept_list_duplicate: {
    de: "Dieser Eintrag steht schon in der Liste.",
    en: "This entry is already in the list.",
  },
  concept_measure_ends_before_start: {
    de: "Das Ende darf nicht vor dem Beginn liegen.",
    en: "The end cannot be before the start.",
  },
  concept_budget_cents: {
    de: "Bitte geben Sie das Budget in Euro mit höchstens zwei Nachkommastellen an.",
    en: "Please enter the budget in euros with at most two decimal places.",
  },
  concept_import_sheet_missing: {
    de: "Dieses Blatt fehlt in der Datei. Laden Sie am besten die Vorlage aus dem Export.",
    en: "This sheet is missing from the file. It is best to start from the exported workbook.",
  },
  concept_import_too_many_rows: {
    de: "Ein Blatt darf höchstens 5000 Zeilen haben; ab hier wurde nichts gelesen.",
    en: "A sheet may have at most 5000 rows; nothing was read from here on.",
  },
  concept_import_column_missing: {
    de: "Diese Spalte fehlt in der ersten Zeile des Blatts.",
    en: "This column is missing from the sheet's first row.",
  },
  concept_import_number_invalid: {
    de: "Bitte geben Sie hier eine Zahl an, zum Beispiel 12,5.",
    en: "Please enter a number here, for example 12.5.",
  },
  concept_import_number_required: {
    de: "Bitte geben Sie die Nummer an (eine ganze Zahl ab 1).",
    en: "Please enter the number (a whole number from 1).",
  },
  concept_import_row_duplicate: {
    de: "Eine Zeile mit denselben Nummern steht weiter oben schon in diesem Blatt.",
    en: "A row with the same numbers appears further up in this sheet.",
  },
  concept_import_statement_missing: {
    de: "Dieses Handlungsfeld steht weder im Blatt „Handlungsfelder“ noch schon im Zeitraum.",
    en: "This field of action is neither in the sheet “Handlungsfelder” nor already in the period.",
  },
  concept_import_sub_goal_missing: {
    de: "Dieses Teilziel steht weder im Blatt „Teilziele“ noch schon im Zeitraum.",
    en: "This sub-goal is neither in the sheet “Teilziele” nor already in the period.",
  },
  concept_import_organisation_ambiguous: {
    de: "Mehrere Organisationen im Landkreis heißen so. Bitte benennen Sie eine davon im System eindeutig.",
    en: "Several organisations in the district have this name. Please give one of them a distinct name.",
  },
  concept_import_status_unknown: {
    de: "Bitte geben Sie als Status geplant, läuft, abgeschlossen oder eingestellt an.",
    en: "Please enter the status as planned, running, done or stopped.",
  },
} as const satisfies Record<string, { de: string; en: string }>;
