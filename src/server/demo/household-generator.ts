import type { THouseholdRelation, TSex } from "../../common/arrival/person.js";
import { parseIsoDay, referenceDay, toDateParts, toDayNumber, toIsoDate } from "./demo-calendar.js";
import type { TGeneratedHousehold, TGeneratedPerson } from "./generated-person.js";
import { forBothSexes, type TFamilySpelling } from "./names/name-spelling.js";
import { createNearDuplicate } from "./near-duplicate.js";
import { FIRST_ARRIVAL_YEAR, origins, type THouseholdKind, type TOrigin } from "./origins.js";
import { buildPersonNames } from "./person-names.js";
import { createWeightedPicker, type TRandom } from "./random.js";

export type TDemoMunicipality = { ags: string; population: number; isTown: boolean };

/** Share of adults registered a second time under a drifted spelling (the ~0.5 % duplicate detection needs). */
const NEAR_DUPLICATE_SHARE = 0.0085;
/** Towns draw more newcomers than their population alone suggests (housing, services, transport). */
const TOWN_ATTRACTION = 1.5;
const DAYS_PER_YEAR = 365.2425;
const adultBirthYear = toDateParts(referenceDay).year - 18;

type TMemberPlan = { relation: THouseholdRelation; sex: TSex; age: number; isFather: boolean; isMother: boolean };

const pickAdultAge = createWeightedPicker<readonly [number, number]>([
  [[18, 24], 20],
  [[25, 34], 32],
  [[35, 44], 25],
  [[45, 54], 13],
  [[55, 64], 7],
  [[65, 80], 3],
]);

/** minAge keeps adults from having arrived as small children on their own. */
function drawAdultAge(random: TRandom, minAge: number): number {
  const [min, max] = pickAdultAge(random);
  const age = random.integer(min, max);
  return age >= minAge ? age : minAge + random.integer(0, 8);
}

/** Ages of the children of a parent of the given age: first child at 18–34, then every 1–4 years. */
function drawChildAges(random: TRandom, parentAge: number, count: number): number[] {
  const ages: number[] = [];
  let ageAtBirth = random.integer(18, Math.max(18, Math.min(34, parentAge)));
  for (let index = 0; index < count && ageAtBirth <= Math.min(parentAge, 44); index++) {
    const childAge = parentAge - ageAtBirth;
    if (childAge <= 25) ages.push(childAge);
    ageAtBirth += random.integer(1, 4);
  }
  return ages;
}

function drawSex(random: TRandom, maleShare: number): TSex {
  const draw = random.next();
  if (draw < 0.002) return "not_stated";
  if (draw < 0.0025) return "diverse";
  return random.isChance(maleShare) ? "male" : "female";
}

type TPlanInput = { origin: TOrigin; kind: THouseholdKind; childCount: number; minAdultAge: number };

function planMembers(random: TRandom, { origin, kind, childCount, minAdultAge }: TPlanInput): TMemberPlan[] {
  const child = (age: number): TMemberPlan => ({
    relation: "child",
    sex: random.isChance(0.51) ? "male" : "female",
    age,
    isFather: false,
    isMother: false,
  });
  if (kind === "single") {
    const sex = drawSex(random, origin.singleMaleShare);
    return [{ relation: "head", sex, age: drawAdultAge(random, minAdultAge), isFather: false, isMother: false }];
  }
  if (kind === "single_parent") {
    const isFather = random.isChance(origin.country === "UA" ? 0.05 : 0.12);
    const age = random.integer(Math.max(22, minAdultAge), Math.max(50, minAdultAge + 6));
    const parent: TMemberPlan = {
      relation: "head",
      sex: isFather ? "male" : "female",
      age,
      isFather,
      isMother: !isFather,
    };
    return [parent, ...drawChildAges(random, age, childCount).map(child)];
  }
  const motherAge =
    kind === "couple"
      ? drawAdultAge(random, minAdultAge)
      : random.integer(Math.max(20, minAdultAge), Math.max(50, minAdultAge + 6));
  const childAges = kind === "couple" ? [] : drawChildAges(random, motherAge, childCount);
  const fatherAge = Math.max(minAdultAge, motherAge + random.integer(-2, 8), (childAges[0] ?? 0) + 18);
  const isFatherHead = random.isChance(0.85);
  const father: TMemberPlan = {
    relation: isFatherHead ? "head" : "partner",
    sex: "male",
    age: fatherAge,
    isFather: true,
    isMother: false,
  };
  const mother: TMemberPlan = {
    relation: isFatherHead ? "partner" : "head",
    sex: "female",
    age: motherAge,
    isFather: false,
    isMother: true,
  };
  const members = isFatherHead ? [father, mother] : [mother, father];
  members.push(...childAges.map(child));
  if (kind === "extended_family") {
    const headAge = isFatherHead ? fatherAge : motherAge;
    const isGrandparent = random.isChance(0.7);
    members.push({
      relation: isGrandparent ? "parent" : "sibling",
      sex: random.isChance(isGrandparent ? 0.35 : 0.5) ? "male" : "female",
      age: isGrandparent
        ? Math.min(92, headAge + random.integer(22, 35))
        : Math.max(16, headAge + random.integer(-8, 8)),
      isFather: false,
      isMother: false,
    });
  }
  return members;
}

type TOriginProfile = {
  origin: TOrigin;
  pickResidence: (random: TRandom) => string;
  pickKind: (random: TRandom) => THouseholdKind;
  pickChildCount: (random: TRandom) => number;
  pickArrivalYear: (random: TRandom) => number;
  earliestArrivalDay: number;
};

function createOriginProfile(origin: TOrigin): TOriginProfile {
  return {
    origin,
    pickResidence: createWeightedPicker(origin.residenceCategories),
    pickKind: createWeightedPicker(origin.households),
    pickChildCount: createWeightedPicker(origin.children.map((weight, index) => [index + 1, weight] as const)),
    pickArrivalYear: createWeightedPicker(
      origin.arrivalYears.map((weight, index) => [FIRST_ARRIVAL_YEAR + index, weight] as const),
    ),
    earliestArrivalDay: origin.earliestArrival ? parseIsoDay(origin.earliestArrival) : Number.NEGATIVE_INFINITY,
  };
}

/** Creates households one at a time, so that a million persons never sit in memory at once. */
export function createHouseholdGenerator(random: TRandom, municipalities: readonly TDemoMunicipality[]) {
  const pickProfile = createWeightedPicker(
    origins.map((origin) => [createOriginProfile(origin), origin.weight] as const),
  );
  const pickMunicipality = createWeightedPicker(
    municipalities.map((m) => [m.ags, m.population * (m.isTown ? TOWN_ATTRACTION : 1)] as const),
  );
  const pendingDuplicates: TGeneratedHousehold[] = [];

  function drawArrivalDay(profile: TOriginProfile): number {
    const year = profile.pickArrivalYear(random);
    const first = Math.max(toDayNumber(year, 1, 1), profile.earliestArrivalDay);
    const last = Math.min(toDayNumber(year, 12, 31), referenceDay);
    return random.integer(Math.min(first, last), last);
  }

  function describeBirth(origin: TOrigin, birthDay: number, isBornHere: boolean) {
    const { year, month, day } = toDateParts(birthDay);
    const gaps = origin.birthDateGaps;
    // A birth in Germany comes with a German birth certificate: the date is always complete.
    const draw = isBornHere ? 1 : random.next();
    if (draw < gaps.yearOnly) return { birthYear: year, birthMonth: null, birthDay: null };
    if (draw < gaps.yearOnly + gaps.yearMonth) return { birthYear: year, birthMonth: month, birthDay: null };
    if (draw < gaps.yearOnly + gaps.yearMonth + gaps.firstOfJanuary) {
      return { birthYear: year, birthMonth: 1, birthDay: 1 };
    }
    return { birthYear: year, birthMonth: month, birthDay: day };
  }

  function generateFamily(maxPersons: number): TGeneratedHousehold {
    const householdId = random.uuid();
    const profile = pickProfile(random);
    const { origin } = profile;
    const names = origin.names;
    const arrivalDay = drawArrivalDay(profile);
    const minAdultAge = Math.ceil((referenceDay - arrivalDay) / DAYS_PER_YEAR) + 16;
    const plans = planMembers(random, {
      origin,
      kind: profile.pickKind(random),
      childCount: profile.pickChildCount(random),
      minAdultAge,
    }).slice(0, Math.max(1, maxPersons));
    const municipalityAgs = pickMunicipality(random);
    const nationalities =
      origin.secondNationality && random.isChance(origin.secondNationality.share)
        ? [origin.country, origin.secondNationality.country]
        : [origin.country];
    const residenceCategory = profile.pickResidence(random);
    const isReunion = plans.length > 1 && random.isChance(origin.familyReunionShare);
    const followerArrivalDay = isReunion ? Math.min(referenceDay, arrivalDay + random.integer(180, 900)) : arrivalDay;

    const people = plans.map((plan) => {
      const isMaleName = plan.sex === "male" || (plan.sex !== "female" && random.isChance(0.5));
      return { plan, given: random.pick(isMaleName ? names.male : names.female) };
    });
    const householdFamily = random.pick(names.family);
    const fatherGiven = people.find((person) => person.plan.isFather)?.given;
    const childrenFamily: TFamilySpelling =
      origin.naming === "patronymic" ? forBothSexes(fatherGiven ?? random.pick(names.male)) : householdFamily;

    const familyFor = (plan: TMemberPlan): TFamilySpelling => {
      if (plan.relation === "child") return childrenFamily;
      if (plan.isMother) return origin.naming === "shared" ? householdFamily : random.pick(names.family);
      if (plan.relation === "parent") {
        const isSameName = origin.naming === "shared" || (origin.naming === "paternal" && plan.sex === "male");
        return isSameName ? householdFamily : random.pick(names.family);
      }
      return householdFamily;
    };

    const members = people.map(({ plan, given }): TGeneratedPerson => {
      const familySpelling = familyFor(plan);
      const family = plan.sex === "female" ? familySpelling.female : familySpelling.male;
      const birthDay = referenceDay - Math.floor((plan.age + random.next()) * DAYS_PER_YEAR);
      const isFollower = isReunion && plan.relation !== "head" && plan.relation !== "sibling";
      const memberArrival = isFollower ? followerArrivalDay : arrivalDay;
      const isBornHere = birthDay > memberArrival;
      return {
        id: random.uuid(),
        givenName: given.latin,
        familyName: family.latin,
        ...describeBirth(origin, birthDay, isBornHere),
        sex: plan.sex,
        nationalities,
        municipalityAgs,
        residenceCategory: isFollower ? "familie" : residenceCategory,
        arrivedInGermanyOn: isBornHere ? null : toIsoDate(memberArrival),
        householdRelation: plan.relation,
        names: buildPersonNames(random, given, family, names.script),
        spellings: { given, family, script: names.script },
      };
    });

    for (const member of members) {
      if (member.birthYear <= adultBirthYear && random.isChance(NEAR_DUPLICATE_SHARE)) {
        const duplicate = createNearDuplicate(random, member, pickMunicipality);
        pendingDuplicates.push({ id: random.uuid(), municipalityAgs: duplicate.municipalityAgs, members: [duplicate] });
      }
    }
    return { id: householdId, municipalityAgs, members };
  }

  return {
    /** The next household with at most maxPersons members (maxPersons ≥ 1); near-duplicates come singly. */
    next(maxPersons: number): TGeneratedHousehold {
      return pendingDuplicates.shift() ?? generateFamily(maxPersons);
    },
  };
}
