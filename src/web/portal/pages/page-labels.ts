import { useTranslation } from "react-i18next";
import { languageName } from "../../../common/platform/iso-codes.js";
import type {
  TContentLanguage,
  TPageStatus,
  TPortalTopic,
  TTranslationStatus,
} from "../../../common/portal/portal-content.js";

export type TPageLabels = {
  topics: Record<TPortalTopic, string>;
  statuses: Record<TPageStatus, string>;
  translationStatuses: Record<TTranslationStatus, string>;
  language: (language: TContentLanguage) => string;
  owner: (owner: { owner: string; unitName: string | null }) => string;
};

/** The words for the page model's codes in the UI language (written out, so the extractor finds every key). */
export function usePageLabels(): TPageLabels {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  return {
    topics: {
      first_steps: t("portal.pages.topics.firstSteps"),
      authorities: t("portal.pages.topics.authorities"),
      housing: t("portal.pages.topics.housing"),
      health: t("portal.pages.topics.health"),
      kita_school: t("portal.pages.topics.kitaSchool"),
      language_courses: t("portal.pages.topics.languageCourses"),
      work: t("portal.pages.topics.work"),
      everyday_life: t("portal.pages.topics.everydayLife"),
      emergencies: t("portal.pages.topics.emergencies"),
    },
    statuses: { draft: t("portal.pages.statuses.draft"), published: t("portal.pages.statuses.published") },
    translationStatuses: {
      up_to_date: t("portal.pages.translationStatuses.upToDate"),
      outdated: t("portal.pages.translationStatuses.outdated"),
      missing: t("portal.pages.translationStatuses.missing"),
    },
    language: (language) =>
      language === "de-x-easy" ? t("portal.pages.easyLanguage") : languageName(language, uiLanguage),
    owner: ({ owner, unitName }) => (owner === "district" ? t("portal.pages.districtWide") : (unitName ?? owner)),
  };
}
