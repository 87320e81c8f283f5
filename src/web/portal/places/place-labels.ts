import { useTranslation } from "react-i18next";
import type { TPlaceCategory, TPlaceStatus, TWeekday } from "../../../common/portal/place.js";

/** Category, status and weekday names for the place pages. */
export function usePlaceLabels() {
  const { t } = useTranslation();
  const categories: Record<TPlaceCategory, string> = {
    authority: t("portal.places.categories.authority"),
    counselling_centre: t("portal.places.categories.counsellingCentre"),
    doctor_health: t("portal.places.categories.doctorHealth"),
    hospital_emergency: t("portal.places.categories.hospitalEmergency"),
    pharmacy: t("portal.places.categories.pharmacy"),
    kita: t("portal.places.categories.kita"),
    school: t("portal.places.categories.school"),
    language_school: t("portal.places.categories.languageSchool"),
    job_centre: t("portal.places.categories.jobCentre"),
    library: t("portal.places.categories.library"),
    place_of_worship: t("portal.places.categories.placeOfWorship"),
    community_centre: t("portal.places.categories.communityCentre"),
    shop_food_bank: t("portal.places.categories.shopFoodBank"),
    sports: t("portal.places.categories.sports"),
    other: t("portal.places.categories.other"),
  };
  const statuses: Record<TPlaceStatus, string> = {
    draft: t("portal.status.draft"),
    published: t("portal.status.published"),
  };
  const weekdays: Record<TWeekday, string> = {
    1: t("portal.weekdays.monday"),
    2: t("portal.weekdays.tuesday"),
    3: t("portal.weekdays.wednesday"),
    4: t("portal.weekdays.thursday"),
    5: t("portal.weekdays.friday"),
    6: t("portal.weekdays.saturday"),
    7: t("portal.weekdays.sunday"),
  };
  const fields = {
    ownerUnitKey: t("portal.fields.owner"),
    category: t("portal.places.fields.category"),
    texts: t("portal.places.sections.texts"),
    street: t("portal.places.fields.street"),
    postalCode: t("portal.places.fields.postalCode"),
    city: t("portal.places.fields.city"),
    municipalityAgs: t("portal.places.fields.municipality"),
    latitude: t("portal.places.fields.latitude"),
    longitude: t("portal.places.fields.longitude"),
    openingHours: t("portal.places.sections.openingHours"),
    openingHoursNote: t("portal.places.fields.openingHoursNote"),
    isAppointmentOnly: t("portal.places.fields.isAppointmentOnly"),
    isBarrierFree: t("portal.places.fields.isBarrierFree"),
    barrierFreeNote: t("portal.places.fields.barrierFreeNote"),
    phone: t("portal.places.fields.phone"),
    email: t("portal.places.fields.email"),
    website: t("portal.places.fields.website"),
    contactIds: t("portal.places.fields.contacts"),
    name: t("portal.places.fields.name"),
    description: t("portal.places.fields.description"),
    language: t("portal.places.fields.language"),
    opens: t("portal.places.hours.opens"),
    closes: t("portal.places.hours.closes"),
  };
  const byField: Partial<Record<string, string>> = fields;
  /** A field's label by its form key (also a text's or an opening-hours row's part). */
  const labelOf = (field: string) => byField[field];
  return { categories, statuses, weekdays, fields, labelOf };
}

export type TPlaceLabels = ReturnType<typeof usePlaceLabels>;
