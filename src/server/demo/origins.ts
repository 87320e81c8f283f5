import { afghanNames } from "./names/afghanistan.js";
import { iraqiNames, syrianNames } from "./names/arabic.js";
import { bulgarianNames } from "./names/bulgaria.js";
import { eritreanNames } from "./names/eritrea.js";
import type { TNameLists } from "./names/name-spelling.js";
import { polishNames } from "./names/poland.js";
import { romanianNames } from "./names/romania.js";
import { russianNames } from "./names/russia.js";
import { turkishNames } from "./names/turkey.js";
import { ukrainianNames } from "./names/ukraine.js";

export type THouseholdKind = "single" | "couple" | "single_parent" | "family" | "extended_family";

/**
 * How a family passes on its name: "shared" (wife and children take the husband's name, in its
 * female form where the language has one), "paternal" (children take the father's name, the wife
 * keeps hers), "patronymic" (the second name is the father's given name, as in Eritrea).
 */
export type TNamingConvention = "shared" | "paternal" | "patronymic";

type TWeights<T extends string> = readonly (readonly [T, number])[];

export type TOrigin = {
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** Share of the region's newcomers, relative to the other origins. */
  weight: number;
  names: TNameLists;
  naming: TNamingConvention;
  residenceCategories: TWeights<string>;
  /** Relative weights of arrival years, from FIRST_ARRIVAL_YEAR on. */
  arrivalYears: readonly number[];
  earliestArrival?: string;
  households: TWeights<THouseholdKind>;
  /** Relative weights of 1, 2, 3 … children. */
  children: readonly number[];
  /** Share of single adults who are men. */
  singleMaleShare: number;
  /** Refugees often know their date of birth only to the year; registries then write 1 January. */
  birthDateGaps: { yearOnly: number; yearMonth: number; firstOfJanuary: number };
  /** Partner and children follow the first family member later (Familiennachzug). */
  familyReunionShare: number;
  secondNationality?: { country: string; share: number };
};

export const FIRST_ARRIVAL_YEAR = 2014;

const refugeeGaps = { yearOnly: 0.12, yearMonth: 0.04, firstOfJanuary: 0.08 };
const documentedGaps = { yearOnly: 0.01, yearMonth: 0.01, firstOfJanuary: 0 };
const largeFamilies = [20, 27, 23, 15, 9, 6];
const averageFamilies = [30, 33, 20, 10, 5, 2];
const smallFamilies = [42, 38, 14, 4, 1, 1];
const euResidence: TWeights<string> = [["eu_freizuegigkeit", 1]];
const euHouseholds: TWeights<THouseholdKind> = [
  ["single", 45],
  ["couple", 20],
  ["single_parent", 7],
  ["family", 26],
  ["extended_family", 2],
];
const middleEastHouseholds: TWeights<THouseholdKind> = [
  ["single", 30],
  ["couple", 8],
  ["single_parent", 10],
  ["family", 45],
  ["extended_family", 7],
];

/** The main origin countries of newcomers in the region, roughly in their proportions. */
export const origins: readonly TOrigin[] = [
  {
    country: "UA",
    weight: 28,
    names: ukrainianNames,
    naming: "shared",
    residenceCategories: [
      ["voruebergehender_schutz", 85],
      ["familie", 4],
      ["fachkraft", 3],
      ["studium_ausbildung", 3],
      ["niederlassung", 3],
      ["sonstige", 2],
    ],
    arrivalYears: [0, 0, 0, 0, 0, 0, 0, 0, 45, 25, 15, 10, 5],
    earliestArrival: "2022-02-24",
    households: [
      ["single", 22],
      ["couple", 10],
      ["single_parent", 35],
      ["family", 23],
      ["extended_family", 10],
    ],
    children: averageFamilies,
    singleMaleShare: 0.35,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0,
  },
  {
    country: "SY",
    weight: 17,
    names: syrianNames,
    naming: "paternal",
    residenceCategories: [
      ["schutz_anerkannt", 35],
      ["subsidiaer", 30],
      ["familie", 12],
      ["niederlassung", 10],
      ["asyl_verfahren", 5],
      ["eingebuergert", 5],
      ["abschiebungsverbot", 3],
    ],
    arrivalYears: [6, 25, 20, 8, 6, 6, 3, 6, 8, 6, 3, 2, 1],
    households: middleEastHouseholds,
    children: largeFamilies,
    singleMaleShare: 0.78,
    birthDateGaps: refugeeGaps,
    familyReunionShare: 0.3,
  },
  {
    country: "RO",
    weight: 10,
    names: romanianNames,
    naming: "shared",
    residenceCategories: euResidence,
    arrivalYears: [6, 7, 7, 8, 8, 8, 6, 7, 8, 9, 9, 9, 8],
    households: euHouseholds,
    children: smallFamilies,
    singleMaleShare: 0.62,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0,
    secondNationality: { country: "MD", share: 0.04 },
  },
  {
    country: "AF",
    weight: 8,
    names: afghanNames,
    naming: "paternal",
    residenceCategories: [
      ["asyl_verfahren", 20],
      ["schutz_anerkannt", 20],
      ["abschiebungsverbot", 20],
      ["duldung", 15],
      ["subsidiaer", 10],
      ["familie", 10],
      ["niederlassung", 5],
    ],
    arrivalYears: [3, 15, 12, 5, 4, 4, 3, 12, 14, 12, 8, 5, 3],
    households: [
      ["single", 38],
      ["couple", 6],
      ["single_parent", 8],
      ["family", 40],
      ["extended_family", 8],
    ],
    children: largeFamilies,
    singleMaleShare: 0.85,
    birthDateGaps: refugeeGaps,
    familyReunionShare: 0.2,
  },
  {
    country: "TR",
    weight: 8,
    names: turkishNames,
    naming: "shared",
    residenceCategories: [
      ["asyl_verfahren", 35],
      ["familie", 20],
      ["schutz_anerkannt", 15],
      ["fachkraft", 15],
      ["niederlassung", 10],
      ["studium_ausbildung", 5],
    ],
    arrivalYears: [1, 1, 1, 2, 3, 5, 4, 6, 15, 25, 20, 12, 5],
    households: [
      ["single", 40],
      ["couple", 15],
      ["single_parent", 7],
      ["family", 33],
      ["extended_family", 5],
    ],
    children: averageFamilies,
    singleMaleShare: 0.65,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0.15,
  },
  {
    country: "PL",
    weight: 8,
    names: polishNames,
    naming: "shared",
    residenceCategories: euResidence,
    arrivalYears: [8, 8, 7, 7, 7, 7, 6, 7, 8, 8, 9, 9, 9],
    households: euHouseholds,
    children: smallFamilies,
    singleMaleShare: 0.6,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0,
  },
  {
    country: "BG",
    weight: 7,
    names: bulgarianNames,
    naming: "shared",
    residenceCategories: euResidence,
    arrivalYears: [6, 7, 7, 8, 8, 8, 6, 7, 8, 9, 9, 9, 8],
    households: euHouseholds,
    children: smallFamilies,
    singleMaleShare: 0.6,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0,
    secondNationality: { country: "TR", share: 0.05 },
  },
  {
    country: "IQ",
    weight: 6,
    names: iraqiNames,
    naming: "paternal",
    residenceCategories: [
      ["schutz_anerkannt", 25],
      ["subsidiaer", 15],
      ["asyl_verfahren", 15],
      ["duldung", 15],
      ["abschiebungsverbot", 10],
      ["familie", 10],
      ["niederlassung", 10],
    ],
    arrivalYears: [5, 18, 18, 8, 6, 6, 4, 6, 8, 7, 6, 5, 3],
    households: middleEastHouseholds,
    children: largeFamilies,
    singleMaleShare: 0.72,
    birthDateGaps: refugeeGaps,
    familyReunionShare: 0.25,
  },
  {
    country: "RU",
    weight: 4,
    names: russianNames,
    naming: "shared",
    residenceCategories: [
      ["familie", 25],
      ["spaetaussiedler", 25],
      ["fachkraft", 20],
      ["niederlassung", 15],
      ["asyl_verfahren", 10],
      ["studium_ausbildung", 5],
    ],
    arrivalYears: [5, 5, 5, 5, 5, 6, 5, 6, 20, 14, 10, 8, 6],
    households: [
      ["single", 30],
      ["couple", 20],
      ["single_parent", 12],
      ["family", 30],
      ["extended_family", 8],
    ],
    children: averageFamilies,
    singleMaleShare: 0.5,
    birthDateGaps: documentedGaps,
    familyReunionShare: 0.1,
  },
  {
    country: "ER",
    weight: 4,
    names: eritreanNames,
    naming: "patronymic",
    residenceCategories: [
      ["schutz_anerkannt", 45],
      ["subsidiaer", 25],
      ["familie", 15],
      ["asyl_verfahren", 10],
      ["niederlassung", 5],
    ],
    arrivalYears: [10, 18, 15, 10, 7, 6, 4, 5, 6, 7, 5, 4, 3],
    households: [
      ["single", 55],
      ["couple", 6],
      ["single_parent", 14],
      ["family", 22],
      ["extended_family", 3],
    ],
    children: averageFamilies,
    singleMaleShare: 0.7,
    birthDateGaps: refugeeGaps,
    familyReunionShare: 0.3,
  },
];

/** Every residence category the origins refer to; the reference data must hold them all. */
export function listOriginResidenceCategories(): string[] {
  return [...new Set(origins.flatMap((origin) => origin.residenceCategories.map(([code]) => code)))];
}
