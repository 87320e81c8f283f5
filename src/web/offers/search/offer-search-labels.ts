import { useTranslation } from "react-i18next";
import type { TOfferCategory } from "../../../common/offers/offer.js";
import type { TOfferSearchSort } from "../../../common/offers/offer-search-schemas.js";

/** The words of the search page for codes (categories, sorts), each key written out for the extractor. */
export function useOfferSearchLabels() {
  const { t } = useTranslation();
  const categories: Record<TOfferCategory, string> = {
    counselling: t("offers.search.categories.counselling"),
    language_course: t("offers.search.categories.language_course"),
    kita_school_support: t("offers.search.categories.kita_school_support"),
    recognition_counselling: t("offers.search.categories.recognition_counselling"),
    vocational_training: t("offers.search.categories.vocational_training"),
    job: t("offers.search.categories.job"),
    health: t("offers.search.categories.health"),
    housing: t("offers.search.categories.housing"),
    participation: t("offers.search.categories.participation"),
    religious_interreligious: t("offers.search.categories.religious_interreligious"),
    volunteering: t("offers.search.categories.volunteering"),
  };
  const sorts: Record<TOfferSearchSort, string> = {
    relevance: t("offers.search.sorts.relevance"),
    distance: t("offers.search.sorts.distance"),
    startDate: t("offers.search.sorts.startDate"),
    title: t("offers.search.sorts.title"),
  };
  const genders = { female: t("offers.search.genders.female"), male: t("offers.search.genders.male") };
  return { categories, sorts, genders };
}
