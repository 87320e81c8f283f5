import type {
  TOfferCategory,
  TOfferCostKind,
  TOfferScheduleKind,
  TOfferTimeSlot,
  TWeekday,
} from "../../common/offers/offer.js";
import { referenceDay, toIsoDate } from "./demo-calendar.js";
import { createWeightedPicker, type TRandom } from "./random.js";

/** How an offer runs, where a template differs from its category's usual way. */
export type TTemplateSchedule = { kind: TOfferScheduleKind; weekdays?: readonly TWeekday[]; slot?: TOfferTimeSlot };

export type TDemoSchedule = {
  scheduleKind: TOfferScheduleKind;
  startsOn: string | null;
  endsOn: string | null;
  weekdays: TWeekday[];
  timeSlots: TOfferTimeSlot[];
  startTime: string | null;
  endTime: string | null;
};

const WORKDAYS: readonly TWeekday[] = ["mon", "tue", "wed", "thu", "fri"];
const dayOrder: readonly TWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Desks (counselling, job centre, health, housing) see people by appointment during office hours. */
const categorySchedules: Readonly<Record<TOfferCategory, TTemplateSchedule>> = {
  counselling: { kind: "by_appointment" },
  recognition_counselling: { kind: "by_appointment" },
  job: { kind: "by_appointment" },
  health: { kind: "by_appointment" },
  housing: { kind: "by_appointment" },
  language_course: { kind: "recurring" },
  vocational_training: { kind: "recurring", weekdays: WORKDAYS, slot: "mornings" },
  kita_school_support: { kind: "recurring", slot: "afternoons" },
  participation: { kind: "recurring" },
  religious_interreligious: { kind: "recurring", weekdays: ["sun"], slot: "weekends" },
  volunteering: { kind: "ongoing" },
};

const hoursOf: Readonly<Record<TOfferTimeSlot, readonly [string, string]>> = {
  mornings: ["09:00", "12:00"],
  afternoons: ["15:00", "17:00"],
  evenings: ["18:30", "20:30"],
  weekends: ["10:00", "13:00"],
};
/** Integration courses run four to five lessons of 45 minutes a day. */
const courseHoursOf: Readonly<Record<TOfferTimeSlot, readonly [string, string]>> = {
  mornings: ["08:30", "12:45"],
  afternoons: ["13:30", "17:00"],
  evenings: ["18:00", "21:15"],
  weekends: ["09:00", "14:00"],
};

const pickCourseSlot = createWeightedPicker<TOfferTimeSlot>([
  ["mornings", 65],
  ["afternoons", 20],
  ["evenings", 15],
]);

/** Lessons a course covers per week, for its end date. */
const UNITS_PER_WEEK = 20;

/** The first day on or after a day number that falls on the weekday (1970-01-01 was a Thursday). */
function toNextWeekday(dayNumber: number, weekday: TWeekday): number {
  const current = (dayNumber + 3) % 7;
  return dayNumber + ((dayOrder.indexOf(weekday) - current + 7) % 7);
}

function drawWeekdays(random: TRandom, category: TOfferCategory, slot: TOfferTimeSlot): TWeekday[] {
  if (slot === "weekends") return [random.pick<TWeekday>(["sat", "sun"])];
  if (category === "language_course") {
    if (slot === "evenings")
      return [
        ...random.pick<readonly TWeekday[]>([
          ["mon", "wed"],
          ["tue", "thu"],
        ]),
      ];
    return slot === "mornings" && random.isChance(0.6) ? [...WORKDAYS] : ["mon", "tue", "wed", "thu"];
  }
  return [...random.pick<readonly TWeekday[]>([["mon", "wed"], ["tue", "thu"], ["wed"], ["thu"], ["fri"]])];
}

/**
 * When an offer runs, consistent with its category: courses on weekdays in one part of the day from a
 * Monday to the end of their lessons, desks by appointment in office hours, groups weekly, volunteering
 * ongoing, events once.
 */
export function drawSchedule(
  random: TRandom,
  category: TOfferCategory,
  override: TTemplateSchedule | undefined,
  courseUnits: number | null,
): TDemoSchedule {
  const spec = override ?? categorySchedules[category];
  const open = { startsOn: null, endsOn: null, startTime: null, endTime: null };
  if (spec.kind === "by_appointment") {
    return { ...open, scheduleKind: spec.kind, weekdays: [...WORKDAYS], timeSlots: ["mornings", "afternoons"] };
  }
  if (spec.kind === "ongoing") return { ...open, scheduleKind: spec.kind, weekdays: [], timeSlots: [] };
  const isCourse = category === "language_course";
  const slot =
    spec.slot ?? (isCourse ? pickCourseSlot(random) : random.pick<TOfferTimeSlot>(["afternoons", "evenings"]));
  const weekdays = [...(spec.weekdays ?? drawWeekdays(random, category, slot))];
  const [startTime, endTime] = (isCourse ? courseHoursOf : hoursOf)[slot];
  const times = { weekdays, timeSlots: [slot], startTime, endTime };
  if (spec.kind === "one_time") {
    const day = toNextWeekday(referenceDay + random.integer(7, 120), weekdays[0] ?? "sat");
    return { ...times, scheduleKind: spec.kind, startsOn: toIsoDate(day), endsOn: toIsoDate(day) };
  }
  if (isCourse || category === "vocational_training") {
    const start = toNextWeekday(referenceDay + random.integer(-60, 270), "mon");
    const weeks = Math.ceil((courseUnits ?? 26 * UNITS_PER_WEEK) / UNITS_PER_WEEK);
    return {
      ...times,
      scheduleKind: spec.kind,
      startsOn: toIsoDate(start),
      endsOn: toIsoDate(start + weeks * 7 - 3),
    };
  }
  const startsOn = random.isChance(0.3) ? toIsoDate(referenceDay + random.integer(-400, 60)) : null;
  return { ...times, scheduleKind: spec.kind, startsOn, endsOn: null };
}

/** Groups of clubs and associations may ask a small contribution; counselling and training never do. */
const CONTRIBUTING_CATEGORIES: ReadonlySet<TOfferCategory> = new Set(["participation", "health", "housing"]);

/** Courses are free with a BAMF entitlement; most other offers are free, a few groups ask a small contribution. */
export function drawCost(
  random: TRandom,
  category: TOfferCategory,
): { costKind: TOfferCostKind; costAmountEur: number | null } {
  if (category === "language_course") return { costKind: "free_with_entitlement", costAmountEur: null };
  if (!CONTRIBUTING_CATEGORIES.has(category) || random.isChance(0.8)) return { costKind: "free", costAmountEur: null };
  return { costKind: "reduced", costAmountEur: random.pick([3, 5, 10, 15, 20]) };
}
