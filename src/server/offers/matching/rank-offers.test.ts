import { describe, expect, it } from "vitest";
import { describeMatchReason } from "../../../common/offers/match-reason-texts.js";
import type { TCandidateOffer, TMatchProfile } from "./match-types.js";
import { distanceKm, rankOffers } from "./rank-offers.js";

const today = 20_000;
const bramsche = { lat: 52.4089, lon: 7.9728 };
const osnabrueck = { lat: 52.2799, lon: 8.0472 };

const profile = (overrides: Partial<TMatchProfile> = {}): TMatchProfile => ({
  today,
  age: 34,
  sex: "female",
  residenceCategory: "voruebergehender_schutz",
  languages: ["uk", "ru"],
  germanLevel: 1,
  home: bramsche,
  reachKm: 25,
  travelMode: "bus_train",
  freeSlots: new Set(["mornings"]),
  needsChildcare: false,
  ...overrides,
});

let counter = 0;
const offer = (overrides: Partial<TCandidateOffer> = {}): TCandidateOffer => {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    title: `Angebot ${counter}`,
    providerId: "00000000-0000-4000-8000-000000000999",
    providerName: "Träger",
    category: "counselling",
    courseType: null,
    fieldsOfAction: ["aufenthalt"],
    cefrFrom: null,
    cefrTo: null,
    minGermanLevel: null,
    languages: ["de"],
    ageMin: null,
    ageMax: null,
    residenceCategories: [],
    genderTarget: "any",
    isOnline: false,
    municipalityAgs: "03459008",
    lat: bramsche.lat,
    lon: bramsche.lon,
    startsDay: null,
    endsDay: null,
    timeSlots: [],
    freePlaces: null,
    hasChildcare: false,
    ...overrides,
  };
};

const texts = (
  reasons: { criterion: string; code: string; effect: string; params: Record<string, string | number> }[],
) => reasons.map((reason) => describeMatchReason(reason as Parameters<typeof describeMatchReason>[0], "en"));

const rank = (person: TMatchProfile, offers: TCandidateOffer[]) =>
  rankOffers(person, offers, { limit: 10, includeExcluded: true });

describe("rankOffers", () => {
  it("gives a reason per criterion in words, e.g. the person's language, distance and start", () => {
    const course = offer({
      category: "vocational_training",
      languages: ["de", "uk"],
      lat: osnabrueck.lat,
      lon: osnabrueck.lon,
      startsDay: today + 21,
      timeSlots: ["mornings"],
      freePlaces: 3,
    });
    const [match] = rank(profile(), [course]).matches;
    expect(texts(match?.reasons ?? [])).toEqual([
      "addresses the need",
      "in Ukrainian",
      "15 km, bus",
      "mornings — person is free then",
      "starts in 3 weeks",
      "3 free places",
    ]);
  });

  it("excludes an offer needing B1 for a person with A2, with the reason", () => {
    const ranking = rank(profile(), [offer({ minGermanLevel: 2, title: "B1 nötig" })]);
    expect(ranking.matches).toEqual([]);
    expect(texts(ranking.excluded[0]?.reasons.filter((reason) => reason.effect === "excludes") ?? [])).toEqual([
      "needs B1 — person has A2: not eligible",
    ]);
  });

  it("excludes beyond the person's reach, ended offers, full ones, wrong times, ages, genders and statuses", () => {
    const offers = [
      offer({ lat: 52.52, lon: 13.405 }),
      offer({ endsDay: today - 1 }),
      offer({ freePlaces: 0 }),
      offer({ timeSlots: ["evenings"] }),
      offer({ ageMin: 16, ageMax: 26 }),
      offer({ genderTarget: "male" }),
      offer({ residenceCategories: ["asyl_verfahren"] }),
    ];
    const ranking = rank(profile(), offers);
    expect(ranking.matches).toEqual([]);
    expect(ranking.excluded.map((match) => match.reasons.find((reason) => reason.effect === "excludes")?.code)).toEqual(
      [
        "distance_too_far",
        "ended",
        "no_free_places",
        "time_mismatch",
        "age_outside",
        "gender_not_eligible",
        "residence_not_eligible",
      ],
    );
    expect(rankOffers(profile(), offers, { limit: 10, includeExcluded: false }).excluded).toEqual([]);
  });

  it("treats a language course's levels: entry needs the level below, a reached target excludes", () => {
    const a2b1 = offer({ category: "language_course", cefrFrom: 1, cefrTo: 2 });
    const b1b2 = offer({ category: "language_course", cefrFrom: 2, cefrTo: 3 });
    const b2c1 = offer({ category: "language_course", cefrFrom: 3, cefrTo: 4 });
    const ranking = rank(profile({ germanLevel: 1 }), [a2b1, b1b2, b2c1]);
    expect(ranking.matches.map((match) => match.offerId)).toEqual([a2b1.id, b1b2.id]);
    expect(texts(ranking.excluded[0]?.reasons.filter((reason) => reason.criterion === "level") ?? [])).toEqual([
      "needs B1 — person has A2: not eligible",
    ]);
    const done = rank(profile({ germanLevel: 3 }), [a2b1]);
    expect(done.excluded[0]?.reasons.find((reason) => reason.effect === "excludes")?.code).toBe("level_reached");
  });

  it("ranks the person's language, nearness, online and childcare higher", () => {
    const german = offer({ title: "nur Deutsch" });
    const ukrainian = offer({ title: "ukrainisch", languages: ["uk"] });
    const far = offer({ title: "weit", languages: ["uk"], lat: osnabrueck.lat, lon: osnabrueck.lon });
    const ranking = rank(profile(), [german, far, ukrainian]);
    expect(ranking.matches.map((match) => match.title)).toEqual(["ukrainisch", "weit", "nur Deutsch"]);

    const withChildcare = offer({ category: "participation", hasChildcare: true, title: "mit" });
    const without = offer({ category: "participation", title: "ohne" });
    const parent = rank(profile({ needsChildcare: true }), [without, withChildcare]);
    expect(parent.matches.map((match) => match.title)).toEqual(["mit", "ohne"]);
    expect(texts(parent.matches[1]?.reasons ?? [])).toContain("no childcare — person needs it");
  });

  it("keeps only the best `limit` and counts every eligible offer", () => {
    const offers = Array.from({ length: 50 }, (_, index) =>
      offer({ lat: bramsche.lat + index * 0.01, lon: bramsche.lon, title: `O${index}` }),
    );
    const ranking = rankOffers(profile(), offers, { limit: 3, includeExcluded: false });
    expect(ranking.matches.map((match) => match.title)).toEqual(["O0", "O1", "O2"]);
    expect(ranking.eligibleCount).toBe(
      offers.filter((candidate) => distanceKm(bramsche.lat, bramsche.lon, candidate.lat ?? 0, candidate.lon ?? 0) <= 25)
        .length,
    );
  });

  it("says in German what it found", () => {
    const [match] = rank(profile(), [offer({ languages: ["uk"], isOnline: true })]).matches;
    expect(match?.reasons.map((reason) => describeMatchReason(reason, "de"))).toEqual([
      "passt zum Bedarf",
      "auf Ukrainisch",
      "online",
      "Zeiten nach Absprache",
      "laufend",
    ]);
  });
});
