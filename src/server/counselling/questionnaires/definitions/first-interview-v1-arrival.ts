import type { TSection } from "../../../../common/counselling/questionnaire-schemas.js";
import { option, question, text, yesNo } from "./definition-builders.js";

/** First interview, version 1: residence, housing, language and education (the first half). */
export const arrivalSections: TSection[] = [
  {
    id: "aufenthalt",
    fieldOfAction: "aufenthalt",
    title: text("Aufenthalt", "Residence"),
    questions: [
      question("residence_category", "single_choice", text("Aufenthaltsstatus", "Residence status"), {
        required: true,
        options: [
          option("asyl_verfahren", "Asylsuchend (Aufenthaltsgestattung)", "Asylum seeker (permission to reside)"),
          option(
            "schutz_anerkannt",
            "Anerkannter Flüchtling / Asylberechtigt",
            "Recognised refugee / entitled to asylum",
          ),
          option("subsidiaer", "Subsidiärer Schutz", "Subsidiary protection"),
          option("abschiebungsverbot", "Nationales Abschiebungsverbot", "National ban on deportation"),
          option(
            "voruebergehender_schutz",
            "Vorübergehender Schutz (§ 24 AufenthG)",
            "Temporary protection (section 24)",
          ),
          option("duldung", "Duldung", "Tolerated stay (Duldung)"),
          option("fachkraft", "Erwerbstätigkeit / Fachkraft", "Employment / skilled worker"),
          option("familie", "Familiennachzug", "Family reunification"),
          option("studium_ausbildung", "Studium / Ausbildung", "Studies / vocational training"),
          option("eu_freizuegigkeit", "EU-Freizügigkeit", "EU freedom of movement"),
          option(
            "niederlassung",
            "Niederlassungserlaubnis / Daueraufenthalt",
            "Settlement permit / permanent residence",
          ),
          option("eingebuergert", "Eingebürgert", "Naturalised"),
          option("spaetaussiedler", "Spätaussiedler", "Late repatriate (Spätaussiedler)"),
          option("sonstige", "Sonstiger / unbekannter Status", "Other / unknown status"),
        ],
      }),
      question("permit_expiry", "date", text("Aufenthaltspapier gültig bis", "Residence document valid until"), {
        showIf: {
          all: [
            { question: "residence_category", answered: true },
            { not: { question: "residence_category", in: ["eingebuergert", "eu_freizuegigkeit", "niederlassung"] } },
          ],
        },
      }),
      yesNo(
        "residence_counselling_wanted",
        text(
          "Wünscht die Person Beratung zum Aufenthalt (Verlängerung, Familiennachzug, Bleibeperspektive)?",
          "Does the person want advice on residence (extension, family reunification, prospects of staying)?",
        ),
      ),
    ],
  },
  {
    id: "wohnen",
    fieldOfAction: "wohnen",
    title: text("Wohnen", "Housing"),
    questions: [
      question(
        "housing_situation",
        "single_choice",
        text("Wie wohnt die Person zurzeit?", "Where does the person live now?"),
        {
          required: true,
          options: [
            option("own_flat", "Eigene Wohnung", "Own flat"),
            option("shared_flat", "Wohngemeinschaft", "Shared flat"),
            option("with_relatives", "Bei Verwandten oder Bekannten", "With relatives or friends"),
            option("collective_accommodation", "Gemeinschaftsunterkunft", "Collective accommodation"),
            option("emergency", "Notunterkunft", "Emergency shelter"),
            option("homeless_risk", "Von Wohnungslosigkeit bedroht", "At risk of homelessness"),
          ],
        },
      ),
      yesNo(
        "housing_search",
        text("Sucht die Person eine (andere) Wohnung?", "Is the person looking for a (different) flat?"),
      ),
      question(
        "household_size",
        "number",
        text("Wie viele Personen leben im Haushalt?", "How many people live in the household?"),
        {
          min: 1,
          max: 20,
        },
      ),
    ],
  },
  {
    id: "sprache",
    fieldOfAction: "sprache",
    title: text("Sprache", "Language"),
    questions: [
      question(
        "german_level",
        "cefr_level",
        text("Deutschkenntnisse (Selbsteinschätzung oder Zertifikat)", "German (self-rated or certified)"),
        {
          required: true,
        },
      ),
      question("integration_course_status", "single_choice", text("Integrationskurs", "Integration course"), {
        required: true,
        options: [
          option("none", "Keine Berechtigung bekannt", "No entitlement known"),
          option("entitled", "Berechtigt, noch nicht begonnen", "Entitled, not started"),
          option("obliged", "Verpflichtet, noch nicht begonnen", "Obliged, not started"),
          option("attending", "Besucht zurzeit einen Kurs", "Attending a course"),
          option("interrupted", "Abgebrochen oder unterbrochen", "Dropped out or interrupted"),
          option("completed", "Abgeschlossen", "Completed"),
        ],
      }),
      question("integration_course_type", "single_choice", text("Welcher Kurs?", "Which course?"), {
        showIf: { question: "integration_course_status", in: ["attending", "interrupted", "completed"] },
        options: [
          option("ik_allgemein", "Allgemeiner Integrationskurs", "General integration course"),
          option("ik_jugend", "Jugendintegrationskurs", "Youth integration course"),
          option("ik_eltern", "Eltern- bzw. Frauenintegrationskurs", "Parents' or women's integration course"),
          option("ik_alpha", "Alphabetisierungskurs", "Literacy course"),
          option("ik_zweitschrift", "Zweitschriftlernerkurs", "Course for second-script learners"),
          option("ik_foerder", "Förderkurs", "Remedial course"),
          option("ik_intensiv", "Intensivkurs", "Intensive course"),
        ],
      }),
      question(
        "dtz_result",
        "single_choice",
        text("Ergebnis des Deutsch-Tests für Zuwanderer", "Result of the German test for immigrants"),
        {
          showIf: { question: "integration_course_status", equals: "completed" },
          options: [
            option("not_taken", "Nicht abgelegt", "Not taken"),
            option("below_a2", "Unter A2", "Below A2"),
            option("a2", "A2", "A2"),
            option("b1", "B1", "B1"),
          ],
        },
      ),
      yesNo(
        "literate_latin",
        text(
          "Kann die Person in lateinischer Schrift lesen und schreiben?",
          "Can the person read and write Latin script?",
        ),
      ),
      question("other_languages", "text", text("Weitere Sprachen und wie gut", "Other languages and how well")),
    ],
  },
  {
    id: "bildung",
    fieldOfAction: "bildung",
    title: text("Bildung und Familie", "Education and family"),
    questions: [
      question("school_years", "number", text("Wie viele Jahre Schule?", "How many years of school?"), {
        required: true,
        min: 0,
        max: 20,
      }),
      question("highest_degree", "single_choice", text("Höchster Abschluss", "Highest qualification"), {
        required: true,
        options: [
          option("none", "Kein Abschluss", "None"),
          option("primary", "Grundschule", "Primary school"),
          option("secondary", "Mittlerer Schulabschluss", "Lower secondary"),
          option("upper_secondary", "Hochschulreife", "University entrance qualification"),
          option("vocational", "Berufsausbildung", "Vocational qualification"),
          option("university", "Hochschulabschluss", "University degree"),
        ],
      }),
      question("degree_field", "text", text("In welchem Beruf oder Fach?", "In which occupation or subject?"), {
        showIf: { question: "highest_degree", in: ["vocational", "university"] },
      }),
      yesNo(
        "recognition_wanted",
        text("Soll der ausländische Abschluss anerkannt werden?", "Should the foreign qualification be recognised?"),
        { showIf: { question: "highest_degree", in: ["upper_secondary", "vocational", "university"] } },
      ),
      yesNo(
        "has_children",
        text("Leben minderjährige Kinder im Haushalt?", "Do children under 18 live in the household?"),
      ),
      yesNo("kita_place_needed", text("Wird ein Kita-Platz gebraucht?", "Is a Kita (day-care) place needed?"), {
        showIf: { question: "has_children", equals: true },
      }),
      yesNo("school_place_needed", text("Wird ein Schulplatz gebraucht?", "Is a school place needed?"), {
        showIf: { question: "has_children", equals: true },
      }),
    ],
  },
];
