import type { TFunction } from "i18next";
import type { TCaseCloseReason, TCaseStatus } from "../../common/counselling/case-schemas.js";
import type { TOrganisationKind } from "../../common/platform/organisations.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeCaseStatus(status: TCaseStatus, t: TFunction): string {
  const labels: Record<TCaseStatus, string> = {
    open: t("counselling.case.statuses.open"),
    active: t("counselling.case.statuses.active"),
    dormant: t("counselling.case.statuses.dormant"),
    closed: t("counselling.case.statuses.closed"),
    reopened: t("counselling.case.statuses.reopened"),
  };
  return labels[status];
}

export function describeCloseReason(reason: TCaseCloseReason, t: TFunction): string {
  const labels: Record<TCaseCloseReason, string> = {
    goals_reached: t("counselling.case.closeReasons.goalsReached"),
    no_longer_needed: t("counselling.case.closeReasons.noLongerNeeded"),
    moved_away: t("counselling.case.closeReasons.movedAway"),
    no_contact: t("counselling.case.closeReasons.noContact"),
    declined_by_person: t("counselling.case.closeReasons.declinedByPerson"),
    other: t("counselling.case.closeReasons.other"),
  };
  return labels[reason];
}

export function describeDeskKind(kind: TOrganisationKind, t: TFunction): string {
  const labels: Record<TOrganisationKind, string> = {
    district: t("counselling.case.deskKinds.district"),
    municipal_unit: t("counselling.case.deskKinds.municipalUnit"),
    provider: t("counselling.case.deskKinds.provider"),
  };
  return labels[kind];
}
