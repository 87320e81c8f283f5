import type { TFunction } from "i18next";
import type { TOrganisationKind, TRole } from "../../../common/platform/organisations.js";

/** Spelled out per value (not built from the value) so the extractor finds each key and TypeScript checks all are named. */
export function describeRole(role: TRole, t: TFunction): string {
  const labels: Record<TRole, string> = {
    administrator: t("roles.administrator"),
    district_coordinator: t("roles.districtCoordinator"),
    caseworker: t("roles.caseworker"),
    provider_staff: t("roles.providerStaff"),
    provider_admin: t("roles.providerAdmin"),
    content_editor: t("roles.contentEditor"),
    volunteer_coordinator: t("roles.volunteerCoordinator"),
    auditor: t("roles.auditor"),
  };
  return labels[role];
}

export function describeOrganisationKind(kind: TOrganisationKind, t: TFunction): string {
  const labels: Record<TOrganisationKind, string> = {
    district: t("organisationKinds.district"),
    municipal_unit: t("organisationKinds.municipalUnit"),
    provider: t("organisationKinds.provider"),
  };
  return labels[kind];
}
