import { providerTypes, type TOrganisationKind, type TProviderType } from "../../common/platform/organisations.js";
import type { TDemoReference } from "./demo-reference.js";
import { DISTRICT_JOB_CENTRE_NAME, providerNameTemplates, providerTypeWeights } from "./provider-names.js";
import { createWeightedPicker, type TRandom } from "./random.js";

export type TDemoOrganisation = {
  id: string;
  kind: TOrganisationKind;
  name: string;
  districtAgs: string;
  municipalUnitKey: string | null;
  providerType: TProviderType | null;
  /** Where a provider works from; its offers take place there or nearby. Not stored. */
  homeAgs: string | null;
};

export type TDemoOrganisations = {
  district: TDemoOrganisation;
  municipalUnits: TDemoOrganisation[];
  providers: TDemoOrganisation[];
};

const MIN_PROVIDERS = 15;
const MAX_PROVIDERS = 800;
const PERSONS_PER_PROVIDER = 150;

/** Roughly one provider per 150 newcomers, as in the region, within sensible bounds. */
export function countProviders(persons: number): number {
  return Math.min(MAX_PROVIDERS, Math.max(MIN_PROVIDERS, Math.round(persons / PERSONS_PER_PROVIDER)));
}

export function generateOrganisations(
  random: TRandom,
  reference: TDemoReference,
  providerCount: number,
): TDemoOrganisations {
  const districtAgs = reference.district.ags;
  const district: TDemoOrganisation = {
    id: random.uuid(),
    kind: "district",
    name: reference.district.name,
    districtAgs,
    municipalUnitKey: null,
    providerType: null,
    homeAgs: null,
  };
  const municipalUnits = reference.municipalUnits.map(
    (unit): TDemoOrganisation => ({
      id: random.uuid(),
      kind: "municipal_unit",
      name: unit.kind === "joint_municipality" ? unit.name : `${unit.municipalityKind} ${unit.name}`,
      districtAgs,
      municipalUnitKey: unit.key,
      providerType: null,
      homeAgs: null,
    }),
  );

  const byPopulation = [...reference.municipalities].sort((a, b) => b.population - a.population);
  const pickPlace = createWeightedPicker(byPopulation.map((m) => [m, m.population] as const));
  const pickType = createWeightedPicker(providerTypeWeights);
  const usedNames = new Set<string>([DISTRICT_JOB_CENTRE_NAME]);
  const largest = byPopulation[0];
  if (!largest) throw new Error("Demo data needs municipalities in the reference data.");

  const provider = (type: TProviderType, name: string, homeAgs: string): TDemoOrganisation => ({
    id: random.uuid(),
    kind: "provider",
    name,
    districtAgs,
    municipalUnitKey: null,
    providerType: type,
    homeAgs,
  });

  /** A free name of this type, preferring populous places; undefined once every combination is taken. */
  const nameProvider = (type: TProviderType, isLargestPlace: boolean) => {
    const templates = providerNameTemplates[type];
    for (let attempt = 0; attempt < 12; attempt++) {
      const place = isLargestPlace && attempt === 0 ? largest : pickPlace(random);
      const template = isLargestPlace && attempt === 0 ? templates[0] : random.pick(templates);
      const name = template?.replace("{place}", place.name);
      if (name && !usedNames.has(name)) return { name, homeAgs: place.ags };
    }
    for (const place of byPopulation) {
      for (const template of templates) {
        const name = template.replace("{place}", place.name);
        if (!usedNames.has(name)) return { name, homeAgs: place.ags };
      }
    }
    return undefined;
  };

  const providers: TDemoOrganisation[] = [provider("job_centre", DISTRICT_JOB_CENTRE_NAME, largest.ags)];
  const firstOfEachType = providerTypes.filter((type) => type !== "job_centre");
  const possibleNames =
    1 + Object.values(providerNameTemplates).reduce((sum, list) => sum + list.length * byPopulation.length, 0);
  while (providers.length < Math.min(providerCount, possibleNames)) {
    const isFirstOfType = firstOfEachType.length > 0;
    const type = firstOfEachType.shift() ?? pickType(random);
    const named = nameProvider(type, isFirstOfType);
    if (!named) continue;
    usedNames.add(named.name);
    providers.push(provider(type, named.name, named.homeAgs));
  }
  return { district, municipalUnits, providers };
}
