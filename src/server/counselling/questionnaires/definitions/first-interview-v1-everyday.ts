import type { TSection } from "../../../../common/counselling/questionnaire-schemas.js";
import { option, question, text, yesNo } from "./definition-builders.js";

/** First interview, version 1: work, health, everyday constraints, participation and civil society. */
export const everydaySections: TSection[] = [
  {
    id: "arbeit",
    fieldOfAction: "arbeit",
    title: text("Arbeit", "Work"),
    questions: [
      question(
        "currently_working",
        "single_choice",
        text("Arbeitet die Person zurzeit?", "Is the person working now?"),
        {
          required: true,
          options: [
            option("no", "Nein", "No"),
            option("mini_job", "Minijob", "Mini job"),
            option("part_time", "Teilzeit", "Part time"),
            option("full_time", "Vollzeit", "Full time"),
            option("self_employed", "Selbstständig", "Self-employed"),
            option("training", "In Ausbildung", "In vocational training"),
          ],
        },
      ),
      question("work_permit", "single_choice", text("Ist die Beschäftigung erlaubt?", "Is employment permitted?"), {
        showIf: { question: "residence_category", in: ["asyl_verfahren", "duldung"] },
        options: [option("yes", "Ja", "Yes"), option("no", "Nein", "No"), option("unclear", "Unklar", "Unclear")],
      }),
      question(
        "work_experience",
        "multiple_choice",
        text("Berufserfahrung in diesen Bereichen", "Work experience in these fields"),
        {
          options: [
            option("none", "Keine", "None"),
            option("craft", "Handwerk", "Crafts"),
            option("care", "Pflege und Betreuung", "Care"),
            option("health", "Gesundheitswesen", "Health care"),
            option("hospitality", "Gastronomie und Hotel", "Hospitality"),
            option("retail", "Handel und Verkauf", "Retail and sales"),
            option("logistics", "Lager, Transport, Logistik", "Warehouse, transport, logistics"),
            option("agriculture", "Landwirtschaft", "Agriculture"),
            option("office", "Büro und Verwaltung", "Office and administration"),
            option("it", "IT", "IT"),
            option("teaching", "Erziehung und Unterricht", "Education and teaching"),
            option("other", "Anderes", "Other"),
          ],
        },
      ),
      question(
        "work_experience_years",
        "number",
        text("Wie viele Jahre Berufserfahrung?", "How many years of work experience?"),
        {
          min: 0,
          max: 60,
          showIf: {
            all: [
              { question: "work_experience", answered: true },
              { not: { question: "work_experience", equals: "none" } },
            ],
          },
        },
      ),
      question("work_wish", "text", text("Berufswunsch", "Desired occupation")),
      yesNo(
        "job_counselling_wanted",
        text(
          "Wünscht die Person Beratung zu Arbeit oder Ausbildung?",
          "Does the person want advice on work or training?",
        ),
        {
          showIf: { question: "currently_working", in: ["no", "mini_job"] },
        },
      ),
    ],
  },
  {
    id: "gesundheit",
    fieldOfAction: "gesundheit",
    title: text("Gesundheit", "Health"),
    questions: [
      question("health_insurance", "single_choice", text("Krankenversicherung", "Health insurance"), {
        required: true,
        sensitive: "health",
        options: [
          option("statutory", "Gesetzlich versichert", "Statutory insurance"),
          option("private", "Privat versichert", "Private insurance"),
          option(
            "asylblg",
            "Leistungen nach dem AsylbLG (Behandlungsschein)",
            "Benefits under the Asylum Seekers' Benefits Act",
          ),
          option("none", "Keine", "None"),
          option("unclear", "Unklar", "Unclear"),
        ],
      }),
      yesNo(
        "family_doctor",
        text("Hat die Person eine Hausärztin oder einen Hausarzt?", "Does the person have a family doctor?"),
        {
          sensitive: "health",
        },
      ),
      yesNo(
        "health_support_wanted",
        text(
          "Gibt es gesundheitliche Anliegen, bei denen die Person Unterstützung wünscht?",
          "Are there health matters the person wants support with?",
        ),
        { sensitive: "health" },
      ),
      question("health_note", "text", text("Welche Unterstützung?", "What support?"), {
        sensitive: "health",
        showIf: { question: "health_support_wanted", equals: true },
      }),
    ],
  },
  {
    id: "alltag",
    fieldOfAction: "teilhabe",
    title: text("Mobilität und Zeiten", "Mobility and times"),
    questions: [
      question(
        "mobility",
        "multiple_choice",
        text("Wie ist die Person unterwegs?", "How does the person get around?"),
        {
          required: true,
          options: [
            option("car", "Eigenes Auto", "Own car"),
            option("bicycle", "Fahrrad", "Bicycle"),
            option("bus_train", "Bus und Bahn", "Bus and train"),
            option("on_foot", "Zu Fuß", "On foot"),
          ],
        },
      ),
      question(
        "max_travel_km",
        "number",
        text(
          "Wie weit kann die Person für Kurs oder Arbeit fahren (km)?",
          "How far can the person travel for a course or work (km)?",
        ),
        {
          required: true,
          min: 0,
          max: 150,
        },
      ),
      question(
        "available_times",
        "multiple_choice",
        text("Wann hat die Person Zeit?", "When is the person available?"),
        {
          required: true,
          options: [
            option("mornings", "Vormittags", "Mornings"),
            option("afternoons", "Nachmittags", "Afternoons"),
            option("evenings", "Abends", "Evenings"),
            option("weekends", "Am Wochenende", "At weekends"),
          ],
        },
      ),
      yesNo(
        "childcare_constraint",
        text(
          "Braucht die Person Kinderbetreuung, um an Kursen teilzunehmen?",
          "Does the person need childcare to attend courses?",
        ),
        { showIf: { question: "has_children", equals: true } },
      ),
    ],
  },
  {
    id: "teilhabe",
    fieldOfAction: "teilhabe",
    title: text("Teilhabe", "Participation"),
    questions: [
      question(
        "club_interest",
        "multiple_choice",
        text("Interesse an Vereinen und Gruppen", "Interest in clubs and groups"),
        {
          options: [
            option("sport", "Sport", "Sport"),
            option("music", "Musik", "Music"),
            option("culture", "Kultur", "Culture"),
            option("women_group", "Frauengruppe", "Women's group"),
            option("youth", "Jugendgruppe", "Youth group"),
            option("none", "Kein Interesse", "No interest"),
          ],
        },
      ),
      yesNo(
        "religious_community",
        text(
          "Wünscht die Person Kontakt zu einer Religionsgemeinschaft?",
          "Does the person want contact with a religious community?",
        ),
        {
          required: false,
          sensitive: "religion",
        },
      ),
      yesNo(
        "interreligious_dialogue",
        text("Interesse am interreligiösen Dialog?", "Interest in interreligious dialogue?"),
        {
          required: false,
          sensitive: "religion",
        },
      ),
    ],
  },
  {
    id: "zivilgesellschaft",
    fieldOfAction: "zivilgesellschaft",
    title: text("Aktive Zivilgesellschaft", "Active civil society"),
    questions: [
      yesNo(
        "volunteering_interest",
        text("Möchte sich die Person ehrenamtlich engagieren?", "Would the person like to volunteer?"),
      ),
      question("volunteering_areas", "multiple_choice", text("In welchen Bereichen?", "In which areas?"), {
        showIf: { question: "volunteering_interest", equals: true },
        options: [
          option("interpreting", "Dolmetschen und Sprachmittlung", "Interpreting"),
          option("integration_guide", "Integrationslotsin / Integrationslotse", "Integration guide"),
          option("sport", "Sportverein", "Sports club"),
          option("neighbourhood", "Nachbarschaftshilfe", "Neighbourhood help"),
          option("migrant_org", "Migrantenorganisation", "Migrant organisation"),
        ],
      }),
      yesNo(
        "mentor_wanted",
        text(
          "Wünscht die Person eine ehrenamtliche Begleitung (Integrationslotsin/-lotse)?",
          "Would the person like a volunteer guide?",
        ),
      ),
    ],
  },
];
