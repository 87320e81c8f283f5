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
} as const satisfies Record<string, { de: string; en: string }>;
