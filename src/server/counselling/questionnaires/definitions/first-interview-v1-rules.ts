import type { TNeedRule } from "../needs-rules.js";
import { text } from "./definition-builders.js";

/** From the first interview's answers to needs. The reason is what the caseworker reads in the profile. */
export const firstInterviewV1Rules: TNeedRule[] = [
  {
    code: "permit_expiring",
    fieldOfAction: "aufenthalt",
    priority: "high",
    when: { question: "permit_expiry", withinDays: 90 },
    reason: text(
      "Das Aufenthaltspapier läuft in weniger als drei Monaten ab oder ist abgelaufen.",
      "The residence document expires within three months or has expired.",
    ),
  },
  {
    code: "residence_perspective",
    fieldOfAction: "aufenthalt",
    priority: "high",
    when: { question: "residence_category", equals: "duldung" },
    reason: text(
      "Geduldet: Beratung zur Bleibeperspektive ist dringend.",
      "Tolerated stay: advice on prospects of staying is urgent.",
    ),
  },
  {
    code: "residence_counselling",
    fieldOfAction: "aufenthalt",
    priority: "medium",
    when: { question: "residence_counselling_wanted", equals: true },
    reason: text("Die Person wünscht Beratung zum Aufenthalt.", "The person wants advice on residence."),
  },
  {
    code: "housing_urgent",
    fieldOfAction: "wohnen",
    priority: "high",
    when: { question: "housing_situation", in: ["emergency", "homeless_risk"] },
    reason: text("Notunterkunft oder drohende Wohnungslosigkeit.", "Emergency shelter or at risk of homelessness."),
  },
  {
    code: "housing_search",
    fieldOfAction: "wohnen",
    priority: "medium",
    when: {
      all: [
        { not: { question: "housing_situation", in: ["emergency", "homeless_risk"] } },
        {
          any: [
            { question: "housing_search", equals: true },
            { question: "housing_situation", equals: "collective_accommodation" },
          ],
        },
      ],
    },
    reason: text(
      "Die Person sucht eine Wohnung oder lebt in einer Gemeinschaftsunterkunft.",
      "The person is looking for a flat or lives in collective accommodation.",
    ),
  },
  {
    code: "literacy_course",
    fieldOfAction: "sprache",
    priority: "high",
    when: { question: "literate_latin", equals: false },
    reason: text(
      "Liest und schreibt nicht in lateinischer Schrift: Alphabetisierungs- oder Zweitschriftkurs.",
      "Does not read and write Latin script: literacy or second-script course.",
    ),
  },
  {
    code: "integration_course",
    fieldOfAction: "sprache",
    priority: "high",
    when: {
      all: [
        { question: "german_level", below: "B1" },
        { question: "integration_course_status", in: ["none", "entitled", "obliged"] },
      ],
    },
    reason: text(
      "Deutsch unter B1 und noch kein Integrationskurs: Berechtigung klären und Kurs vermitteln.",
      "German below B1 and no integration course yet: clarify entitlement and find a course.",
    ),
  },
  {
    code: "course_resumption",
    fieldOfAction: "sprache",
    priority: "medium",
    when: { question: "integration_course_status", equals: "interrupted" },
    reason: text(
      "Integrationskurs abgebrochen: Wiedereinstieg klären.",
      "Integration course interrupted: clarify how to resume.",
    ),
  },
  {
    code: "job_language_course",
    fieldOfAction: "sprache",
    priority: "medium",
    when: { all: [{ not: { question: "german_level", below: "B1" } }, { question: "german_level", below: "C1" }] },
    reason: text(
      "Deutsch auf B1/B2: berufsbezogener Sprachkurs (Berufssprachkurs) möglich.",
      "German at B1/B2: a job-related language course is possible.",
    ),
  },
  {
    code: "qualification_recognition",
    fieldOfAction: "bildung",
    priority: "medium",
    when: { question: "recognition_wanted", equals: true },
    reason: text(
      "Die Anerkennung des ausländischen Abschlusses ist gewünscht.",
      "Recognition of the foreign qualification is wanted.",
    ),
  },
  {
    code: "kita_place",
    fieldOfAction: "bildung",
    priority: "high",
    when: { question: "kita_place_needed", equals: true },
    reason: text("Für ein Kind wird ein Kita-Platz gebraucht.", "A Kita place is needed for a child."),
  },
  {
    code: "school_place",
    fieldOfAction: "bildung",
    priority: "high",
    when: { question: "school_place_needed", equals: true },
    reason: text("Für ein Kind wird ein Schulplatz gebraucht.", "A school place is needed for a child."),
  },
  {
    code: "school_qualification",
    fieldOfAction: "bildung",
    priority: "low",
    when: { question: "highest_degree", in: ["none", "primary"] },
    reason: text(
      "Kein Schulabschluss über die Grundschule hinaus: Möglichkeiten zum Nachholen aufzeigen.",
      "No school qualification beyond primary: show ways to catch up.",
    ),
  },
  {
    code: "work_permit",
    fieldOfAction: "arbeit",
    priority: "medium",
    when: { question: "work_permit", in: ["no", "unclear"] },
    reason: text("Beschäftigungserlaubnis fehlt oder ist unklar.", "Work permit missing or unclear."),
  },
  {
    code: "job_counselling",
    fieldOfAction: "arbeit",
    priority: "medium",
    when: { question: "job_counselling_wanted", equals: true },
    reason: text(
      "Die Person wünscht Beratung zu Arbeit oder Ausbildung.",
      "The person wants advice on work or training.",
    ),
  },
  {
    code: "health_insurance",
    fieldOfAction: "gesundheit",
    priority: "high",
    when: { question: "health_insurance", in: ["none", "unclear"] },
    reason: text("Keine oder unklare Krankenversicherung.", "No or unclear health insurance."),
  },
  {
    code: "family_doctor",
    fieldOfAction: "gesundheit",
    priority: "medium",
    when: { question: "family_doctor", equals: false },
    reason: text("Noch keine Hausärztin oder kein Hausarzt.", "No family doctor yet."),
  },
  {
    code: "health_support",
    fieldOfAction: "gesundheit",
    priority: "medium",
    when: { question: "health_support_wanted", equals: true },
    reason: text(
      "Die Person wünscht Unterstützung in gesundheitlichen Fragen.",
      "The person wants support with health matters.",
    ),
  },
  {
    code: "childcare_for_courses",
    fieldOfAction: "teilhabe",
    priority: "medium",
    when: { question: "childcare_constraint", equals: true },
    reason: text("Kurse nur mit Kinderbetreuung möglich.", "Courses only possible with childcare."),
  },
  {
    code: "club_contact",
    fieldOfAction: "teilhabe",
    priority: "low",
    when: {
      all: [{ question: "club_interest", answered: true }, { not: { question: "club_interest", equals: "none" } }],
    },
    reason: text("Interesse an Vereinen oder Gruppen.", "Interest in clubs or groups."),
  },
  {
    code: "religious_community",
    fieldOfAction: "teilhabe",
    priority: "low",
    when: { question: "religious_community", equals: true },
    reason: text("Wunsch nach Kontakt zu einer Religionsgemeinschaft.", "Wishes contact with a religious community."),
  },
  {
    code: "interreligious_dialogue",
    fieldOfAction: "teilhabe",
    priority: "low",
    when: { question: "interreligious_dialogue", equals: true },
    reason: text("Interesse am interreligiösen Dialog.", "Interest in interreligious dialogue."),
  },
  {
    code: "volunteering",
    fieldOfAction: "zivilgesellschaft",
    priority: "low",
    when: { question: "volunteering_interest", equals: true },
    reason: text("Möchte sich ehrenamtlich engagieren.", "Would like to volunteer."),
  },
  {
    code: "volunteer_guide",
    fieldOfAction: "zivilgesellschaft",
    priority: "medium",
    when: { question: "mentor_wanted", equals: true },
    reason: text("Wünscht eine ehrenamtliche Begleitung.", "Wishes a volunteer guide."),
  },
];
