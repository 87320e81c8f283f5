export const organisationKinds = ["district", "municipal_unit", "provider"] as const;
export type TOrganisationKind = (typeof organisationKinds)[number];

export const providerTypes = [
  "welfare_association",
  "language_school",
  "job_centre",
  "youth_migration_service",
  "club",
  "religious_community",
  "other",
] as const;
export type TProviderType = (typeof providerTypes)[number];

export const roles = [
  "administrator",
  "district_coordinator",
  "caseworker",
  "provider_staff",
  "provider_admin",
  "content_editor",
  "volunteer_coordinator",
  "auditor",
] as const;
export type TRole = (typeof roles)[number];
