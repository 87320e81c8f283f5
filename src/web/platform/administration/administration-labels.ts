import type { TFunction } from "i18next";
import type { TProviderType } from "../../../common/platform/organisations.js";
import type { TUserStatus } from "../../../common/platform/user-schemas.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeProviderType(type: TProviderType, t: TFunction): string {
  const labels: Record<TProviderType, string> = {
    welfare_association: t("administration.providerTypes.welfareAssociation"),
    language_school: t("administration.providerTypes.languageSchool"),
    job_centre: t("administration.providerTypes.jobCentre"),
    youth_migration_service: t("administration.providerTypes.youthMigrationService"),
    club: t("administration.providerTypes.club"),
    religious_community: t("administration.providerTypes.religiousCommunity"),
    other: t("administration.providerTypes.other"),
  };
  return labels[type];
}

export function describeUserStatus(status: TUserStatus, t: TFunction): string {
  const labels: Record<TUserStatus, string> = {
    active: t("administration.userStatus.active"),
    invited: t("administration.userStatus.invited"),
    deactivated: t("administration.userStatus.deactivated"),
  };
  return labels[status];
}

/** Dark enough for white text (WCAG AA) on filled badges. */
export const statusColors: Record<TUserStatus, string> = { active: "teal.9", invited: "blue.9", deactivated: "gray.7" };
