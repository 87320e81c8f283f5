import { useTranslation } from "react-i18next";
import type {
  TOfferCategory,
  TOfferCostKind,
  TOfferGenderTarget,
  TOfferRevisionStatus,
  TOfferScheduleKind,
  TOfferStatus,
  TOfferTimeSlot,
  TWeekday,
} from "../../../common/offers/offer.js";
import type { TOfferFormValues } from "./offer-form-values.js";

/** The content fields and the text fields of a translation: what the form labels and the diff names. */
export type TOfferField =
  | Exclude<keyof TOfferFormValues, "translations">
  | "title"
  | "description"
  | "prerequisites"
  | "costNote";

/** Every value-dependent label of the directory, one t() per value, so the extractor and tsc see them all. */
export function useOfferLabels() {
  const { t } = useTranslation();
  const statuses: Record<TOfferStatus, string> = {
    draft: t("offers.directory.status.draft"),
    in_review: t("offers.directory.status.inReview"),
    published: t("offers.directory.status.published"),
    withdrawn: t("offers.directory.status.withdrawn"),
  };
  const revisionStatuses: Record<TOfferRevisionStatus, string> = {
    pending: t("offers.directory.revisionStatus.pending"),
    approved: t("offers.directory.revisionStatus.approved"),
    rejected: t("offers.directory.revisionStatus.rejected"),
    superseded: t("offers.directory.revisionStatus.superseded"),
  };
  const revisionKinds: Record<"new" | "change", string> = {
    new: t("offers.directory.revisionKind.new"),
    change: t("offers.directory.revisionKind.change"),
  };
  const categories: Record<TOfferCategory, string> = {
    counselling: t("offers.directory.categories.counselling"),
    language_course: t("offers.directory.categories.languageCourse"),
    kita_school_support: t("offers.directory.categories.kitaSchoolSupport"),
    recognition_counselling: t("offers.directory.categories.recognitionCounselling"),
    vocational_training: t("offers.directory.categories.vocationalTraining"),
    job: t("offers.directory.categories.job"),
    health: t("offers.directory.categories.health"),
    housing: t("offers.directory.categories.housing"),
    participation: t("offers.directory.categories.participation"),
    religious_interreligious: t("offers.directory.categories.religiousInterreligious"),
    volunteering: t("offers.directory.categories.volunteering"),
  };
  const scheduleKinds: Record<TOfferScheduleKind, string> = {
    ongoing: t("offers.directory.scheduleKinds.ongoing"),
    one_time: t("offers.directory.scheduleKinds.oneTime"),
    recurring: t("offers.directory.scheduleKinds.recurring"),
    by_appointment: t("offers.directory.scheduleKinds.byAppointment"),
  };
  const weekdays: Record<TWeekday, string> = {
    mon: t("offers.directory.weekdays.mon"),
    tue: t("offers.directory.weekdays.tue"),
    wed: t("offers.directory.weekdays.wed"),
    thu: t("offers.directory.weekdays.thu"),
    fri: t("offers.directory.weekdays.fri"),
    sat: t("offers.directory.weekdays.sat"),
    sun: t("offers.directory.weekdays.sun"),
  };
  const timeSlots: Record<TOfferTimeSlot, string> = {
    mornings: t("offers.directory.timeSlots.mornings"),
    afternoons: t("offers.directory.timeSlots.afternoons"),
    evenings: t("offers.directory.timeSlots.evenings"),
    weekends: t("offers.directory.timeSlots.weekends"),
  };
  const costKinds: Record<TOfferCostKind, string> = {
    free: t("offers.directory.costKinds.free"),
    free_with_entitlement: t("offers.directory.costKinds.freeWithEntitlement"),
    reduced: t("offers.directory.costKinds.reduced"),
    fee: t("offers.directory.costKinds.fee"),
  };
  const genderTargets: Record<TOfferGenderTarget, string> = {
    any: t("offers.directory.genderTargets.any"),
    female: t("offers.directory.genderTargets.female"),
    male: t("offers.directory.genderTargets.male"),
  };
  const fields: Record<TOfferField, string> = {
    category: t("offers.directory.fields.category"),
    fieldsOfAction: t("offers.directory.fields.fieldsOfAction"),
    courseType: t("offers.directory.fields.courseType"),
    cefrFrom: t("offers.directory.fields.cefrFrom"),
    cefrTo: t("offers.directory.fields.cefrTo"),
    languages: t("offers.directory.fields.languages"),
    ageMin: t("offers.directory.fields.ageMin"),
    ageMax: t("offers.directory.fields.ageMax"),
    residenceCategories: t("offers.directory.fields.residenceCategories"),
    genderTarget: t("offers.directory.fields.genderTarget"),
    minGermanLevel: t("offers.directory.fields.minGermanLevel"),
    isOnline: t("offers.directory.fields.isOnline"),
    municipalityAgs: t("offers.directory.fields.municipalityAgs"),
    street: t("offers.directory.fields.street"),
    postalCode: t("offers.directory.fields.postalCode"),
    city: t("offers.directory.fields.city"),
    latitude: t("offers.directory.fields.latitude"),
    longitude: t("offers.directory.fields.longitude"),
    scheduleKind: t("offers.directory.fields.scheduleKind"),
    startsOn: t("offers.directory.fields.startsOn"),
    endsOn: t("offers.directory.fields.endsOn"),
    weekdays: t("offers.directory.fields.weekdays"),
    timeSlots: t("offers.directory.fields.timeSlots"),
    startTime: t("offers.directory.fields.startTime"),
    endTime: t("offers.directory.fields.endTime"),
    capacity: t("offers.directory.fields.capacity"),
    freePlaces: t("offers.directory.fields.freePlaces"),
    costKind: t("offers.directory.fields.costKind"),
    costAmountEur: t("offers.directory.fields.costAmountEur"),
    hasChildcare: t("offers.directory.fields.hasChildcare"),
    isBarrierFree: t("offers.directory.fields.isBarrierFree"),
    contactName: t("offers.directory.fields.contactName"),
    contactPhone: t("offers.directory.fields.contactPhone"),
    contactEmail: t("offers.directory.fields.contactEmail"),
    contactUrl: t("offers.directory.fields.contactUrl"),
    validFrom: t("offers.directory.fields.validFrom"),
    validUntil: t("offers.directory.fields.validUntil"),
    title: t("offers.directory.fields.title"),
    description: t("offers.directory.fields.description"),
    prerequisites: t("offers.directory.fields.prerequisites"),
    costNote: t("offers.directory.fields.costNote"),
  };
  return {
    statuses,
    revisionStatuses,
    revisionKinds,
    categories,
    scheduleKinds,
    weekdays,
    timeSlots,
    costKinds,
    genderTargets,
    fields,
    easyLanguage: t("offers.directory.easyLanguage"),
    yes: t("offers.directory.yes"),
    no: t("offers.directory.no"),
  };
}

export type TOfferLabels = ReturnType<typeof useOfferLabels>;
