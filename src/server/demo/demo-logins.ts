import { roles, type TRole } from "../../common/platform/organisations.js";
import { isSecondFactorRequiredFor } from "../platform/auth/second-factor/second-factor-roles.js";
import type { TDemoOrganisations } from "./demo-organisations.js";
import { foldToAscii } from "./names/name-spelling.js";

/** `.invalid` is reserved (RFC 2606): no demo address can ever reach a real mailbox. */
export const DEMO_EMAIL_DOMAIN = "demo.kommmit.invalid";
/** Documented in docs/demo-data.md; demo data is synthetic, so one shared password is fine. */
export const DEMO_PASSWORD = "KommMit-Demo-2026";
/**
 * The TOTP secret (base32) of every demo login whose role needs a second factor, enrolled at seed
 * time. Public like the password (docs/demo-data.md): `npm run demo:totp` prints the current code.
 */
export const DEMO_TOTP_SECRET = "KOMMMITDEMO2FAKOMMMITDEMO2FAKOMM";

export type TDemoLogin = { email: string; role: TRole; organisation: string };

export type TPlannedLogin = TDemoLogin & { organisationId: string; displayName: string };

const roleLabels: Readonly<Record<TRole, string>> = {
  administrator: "Administrator",
  district_coordinator: "District coordinator",
  caseworker: "Caseworker",
  provider_staff: "Provider staff",
  provider_admin: "Provider admin",
  content_editor: "Content editor",
  volunteer_coordinator: "Volunteer coordinator",
  auditor: "Auditor",
};

/** The municipal unit whose caseworker demonstrates the municipal view: Bramsche where it exists. */
const PREFERRED_MUNICIPAL_UNIT = "Stadt Bramsche";

function toSlug(name: string): string {
  const words = foldToAscii(name.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
  return words.filter((word) => !["stadt", "gemeinde", "samtgemeinde"].includes(word)).join("-");
}

/** One login per role; the caseworker role twice, at the district and at a municipal unit. */
export function planDemoLogins(organisations: TDemoOrganisations): TPlannedLogin[] {
  const { district, municipalUnits, providers } = organisations;
  const unit = municipalUnits.find((candidate) => candidate.name === PREFERRED_MUNICIPAL_UNIT) ?? municipalUnits[0];
  const provider = providers.find((candidate) => candidate.providerType === "welfare_association") ?? providers[0];
  if (!unit || !provider) throw new Error("Demo logins need a municipal unit and a provider.");
  const login = (localPart: string, role: TRole, displayName: string, organisation: typeof district) => ({
    email: `${localPart}@${DEMO_EMAIL_DOMAIN}`,
    role,
    organisation: organisation.name,
    organisationId: organisation.id,
    displayName,
  });
  return [
    login("admin", "administrator", "Andrea Albers", district),
    login("coordinator", "district_coordinator", "Karsten Kampmann", district),
    login("caseworker", "caseworker", "Birgit Brinkmann", district),
    login(`caseworker.${toSlug(unit.name)}`, "caseworker", "Jens Hüsemann", unit),
    login("provider", "provider_staff", "Sabine Lührmann", provider),
    login("provider.admin", "provider_admin", "Thomas Wessels", provider),
    login("editor", "content_editor", "Laura Hoffmeyer", district),
    login("volunteers", "volunteer_coordinator", "Heike Stegemann", district),
    login("auditor", "auditor", "Markus Riepe", district),
  ];
}

/** Demo logins that get the demo authenticator: those whose role needs a second factor. */
export function needsDemoTotp(login: Pick<TDemoLogin, "role">): boolean {
  return isSecondFactorRequiredFor([login.role]);
}

/** Lines for the console: one per login (* = second factor), the shared password, how to get a code; none without logins. */
export function formatDemoLoginLines(logins: readonly TDemoLogin[], password: string): string[] {
  if (logins.length === 0) return [];
  const width = Math.max(...logins.map((login) => login.email.length));
  const describe = (login: TDemoLogin) =>
    `${login.email.padEnd(width)} ${needsDemoTotp(login) ? "*" : " "} (${roleLabels[login.role]}, ${login.organisation})`;
  return [
    ...logins.map(describe),
    `Password for all demo logins: ${password}`,
    `* needs a second factor: TOTP secret ${DEMO_TOTP_SECRET}`,
    "  Run `npm run demo:totp` for the current code, or add the secret to an authenticator app.",
  ];
}

/** The order the logins are listed in: by role as in `roles`, the district's caseworker first. */
export function compareDemoLogins(a: TDemoLogin, b: TDemoLogin): number {
  const localPart = (login: TDemoLogin) => login.email.split("@")[0] ?? "";
  return (
    roles.indexOf(a.role) - roles.indexOf(b.role) ||
    localPart(a).length - localPart(b).length ||
    a.email.localeCompare(b.email)
  );
}
