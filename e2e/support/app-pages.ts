export type TAppPage = { name: string; path: string };

/** Every page of the staff app behind login, each reference list, and the in-app 404. */
export const appPages: TAppPage[] = [
  { name: "start", path: "/app/" },
  { name: "arrival", path: "/app/arrival" },
  { name: "arrival: register a person", path: "/app/arrival/new" },
  { name: "arrival: import a list", path: "/app/arrival/import" },
  { name: "arrival: person not found", path: "/app/arrival/persons/00000000-0000-4000-8000-000000000000" },
  { name: "counselling", path: "/app/counselling" },
  { name: "counselling: handovers", path: "/app/counselling/handovers" },
  { name: "counselling: my tasks", path: "/app/counselling/tasks" },
  { name: "counselling: waiting for a first interview", path: "/app/counselling?view=waiting_first_interview" },
  { name: "offers", path: "/app/offers" },
  { name: "referrals: sent", path: "/app/referrals/sent" },
  { name: "referrals: inbox", path: "/app/referrals/inbox" },
  { name: "portal", path: "/app/portal" },
  { name: "steering", path: "/app/steering" },
  { name: "security", path: "/app/security" },
  { name: "organisations", path: "/app/administration/organisations" },
  { name: "users", path: "/app/administration/users" },
  { name: "api tokens", path: "/app/administration/api-tokens" },
  { name: "reference data: municipalities", path: "/app/administration/reference-data" },
  { name: "reference data: municipal units", path: "/app/administration/reference-data?tab=municipal-units" },
  { name: "reference data: fields of action", path: "/app/administration/reference-data?tab=fields-of-action" },
  { name: "reference data: course types", path: "/app/administration/reference-data?tab=course-types" },
  {
    name: "reference data: residence categories",
    path: "/app/administration/reference-data?tab=residence-categories",
  },
  { name: "reference data: languages", path: "/app/administration/reference-data?tab=languages" },
  { name: "audit trail", path: "/app/audit" },
  { name: "not found", path: "/app/no-such-page" },
];
