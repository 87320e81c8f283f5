import { languageName } from "../platform/iso-codes.js";
import type { TMatchReason, TMatchReasonCode } from "./match-schemas.js";

type TParams = TMatchReason["params"];
type TTexts = { de: (params: TParams) => string; en: (params: TParams) => string };

const modes: Record<string, { de: string; en: string }> = {
  car: { de: "Auto", en: "car" },
  bus_train: { de: "Bus und Bahn", en: "bus" },
  bicycle: { de: "Fahrrad", en: "bicycle" },
  on_foot: { de: "zu Fuß", en: "on foot" },
  unknown: { de: "Weg unbekannt", en: "way unknown" },
};
const slots: Record<string, { de: string; en: string }> = {
  mornings: { de: "vormittags", en: "mornings" },
  afternoons: { de: "nachmittags", en: "afternoons" },
  evenings: { de: "abends", en: "evenings" },
  weekends: { de: "am Wochenende", en: "at weekends" },
};

const list = (
  value: string | number | undefined,
  names: Record<string, { de: string; en: string }>,
  lang: "de" | "en",
) =>
  String(value ?? "")
    .split(",")
    .filter(Boolean)
    .map((entry) => names[entry]?.[lang] ?? entry)
    .join(", ");

/** A person's German level: a CEFR level, or none yet. */
const level = (value: string | number | undefined, lang: "de" | "en") =>
  value === "none" ? (lang === "de" ? "keine Deutschkenntnisse" : "no German") : String(value);

/** "in 3 Wochen" / "in 3 weeks": days under three weeks count as days. */
const inTime = (days: number, lang: "de" | "en") => {
  if (days < 21) return lang === "de" ? `in ${days} Tagen` : `in ${days} days`;
  const weeks = Math.round(days / 7);
  return lang === "de" ? `in ${weeks} Wochen` : `in ${weeks} weeks`;
};

const texts: Record<TMatchReasonCode, TTexts> = {
  need_addressed: { de: () => "passt zum Bedarf", en: () => "addresses the need" },
  age_outside: {
    de: (p) => `für ${p.min ?? 0}–${p.max ?? "…"} Jahre — Person ist ${p.age}: nicht berechtigt`,
    en: (p) => `for ages ${p.min ?? 0}–${p.max ?? "…"} — person is ${p.age}: not eligible`,
  },
  age_unknown: { de: () => "Altersgrenze — Alter unbekannt", en: () => "age limit — age unknown" },
  residence_not_eligible: {
    de: () => "nicht für den Aufenthaltsstatus der Person: nicht berechtigt",
    en: () => "not for the person's residence status: not eligible",
  },
  gender_not_eligible: {
    de: (p) => (p.target === "female" ? "nur für Frauen" : "nur für Männer"),
    en: (p) => (p.target === "female" ? "for women only" : "for men only"),
  },
  level_too_low: {
    de: (p) => `braucht ${p.required} — Person hat ${level(p.has, "de")}: nicht berechtigt`,
    en: (p) => `needs ${p.required} — person has ${level(p.has, "en")}: not eligible`,
  },
  level_reached: {
    de: (p) => `führt zu ${p.target} — Person hat schon ${level(p.has, "de")}`,
    en: (p) => `leads to ${p.target} — person already has ${level(p.has, "en")}`,
  },
  level_fits: {
    de: (p) => `Niveau ${p.from}–${p.to} — Person hat ${level(p.has, "de")}`,
    en: (p) => `level ${p.from}–${p.to} — person has ${level(p.has, "en")}`,
  },
  in_person_language: {
    de: (p) => `auf ${languageName(String(p.language), "de")}`,
    en: (p) => `in ${languageName(String(p.language), "en")}`,
  },
  german_only_fits: {
    de: (p) => `auf Deutsch — Person hat ${level(p.has, "de")}`,
    en: (p) => `in German — person has ${level(p.has, "en")}`,
  },
  german_only_low_level: {
    de: (p) => `nur auf Deutsch — Person hat ${level(p.has, "de")}`,
    en: (p) => `German only — person has ${level(p.has, "en")}`,
  },
  language_course: { de: () => "Sprachkurs", en: () => "language course" },
  online: { de: () => "online", en: () => "online" },
  distance_within: {
    de: (p) => `${p.km} km, ${list(p.mode, modes, "de")}`,
    en: (p) => `${p.km} km, ${list(p.mode, modes, "en")}`,
  },
  distance_too_far: {
    de: (p) => `${p.km} km — weiter als ${p.maxKm} km: nicht erreichbar`,
    en: (p) => `${p.km} km — further than ${p.maxKm} km: out of reach`,
  },
  distance_unknown: { de: () => "Entfernung unbekannt", en: () => "distance unknown" },
  time_fits: {
    de: (p) => `${list(p.slots, slots, "de")} — Person hat dann Zeit`,
    en: (p) => `${list(p.slots, slots, "en")} — person is free then`,
  },
  time_mismatch: {
    de: (p) => `${list(p.slots, slots, "de")} — Person hat dann keine Zeit`,
    en: (p) => `${list(p.slots, slots, "en")} — person is not free then`,
  },
  time_open: { de: () => "Zeiten nach Absprache", en: () => "times by arrangement" },
  starts_in: {
    de: (p) => `beginnt ${inTime(Number(p.days), "de")}`,
    en: (p) => `starts ${inTime(Number(p.days), "en")}`,
  },
  started: {
    de: (p) => `hat vor ${p.days} Tagen begonnen`,
    en: (p) => `started ${p.days} days ago`,
  },
  ended: { de: () => "ist vorbei", en: () => "has ended" },
  ongoing: { de: () => "laufend", en: () => "ongoing" },
  free_places: { de: (p) => `${p.count} freie Plätze`, en: (p) => `${p.count} free places` },
  no_free_places: { de: () => "keine freien Plätze", en: () => "no free places" },
  childcare_offered: { de: () => "mit Kinderbetreuung", en: () => "with childcare" },
  childcare_missing: {
    de: () => "ohne Kinderbetreuung — Person braucht sie",
    en: () => "no childcare — person needs it",
  },
};

/** A criterion's finding in words, German for "de…" languages, English otherwise. */
export function describeMatchReason(reason: TMatchReason, language: string): string {
  const entry = texts[reason.code];
  return language.startsWith("de") ? entry.de(reason.params) : entry.en(reason.params);
}
