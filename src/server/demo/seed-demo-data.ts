import { memberships, users } from "../platform/auth/auth-tables.js";
import { hashPassword } from "../platform/auth/password.js";
import { enrolKnownTotpSecret } from "../platform/auth/second-factor/totp-credentials.js";
import type { TDatabase } from "../platform/db/database.js";
import { organisationContacts } from "../platform/organisations/contacts/organisation-contact-tables.js";
import { organisations } from "../platform/organisations/organisation-tables.js";
import { generateDemoContacts } from "./demo-contacts.js";
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  needsDemoTotp,
  planDemoLogins,
  type TDemoLogin,
  type TPlannedLogin,
} from "./demo-logins.js";
import { generateOffers } from "./demo-offers.js";
import { countProviders, generateOrganisations } from "./demo-organisations.js";
import { insertDemoPortalPages } from "./demo-portal-pages.js";
import { insertDemoPortalPlacesAndEvents } from "./demo-portal-places-events.js";
import { loadDemoReference } from "./demo-reference.js";
import { readDemoState } from "./demo-state.js";
import { createRandom } from "./random.js";
import { seedDemoConsents } from "./seed-demo-consents.js";
import { seedDemoCounselling, type TDemoCounsellingSummary } from "./seed-demo-counselling.js";
import { seedDemoReferrals, type TDemoReferralSummary } from "./seed-demo-referrals.js";
import { seedDemoSelfRegistrations } from "./seed-demo-self-registrations.js";
import { seedPersons } from "./seed-persons.js";
import { insertDemoOffers, submitDemoRevision } from "./write-demo-offers.js";

export type TDemoSummary = {
  organisations: number;
  users: number;
  households: number;
  persons: number;
  personNames: number;
  consents: number;
  selfRegistrations: number;
  counselling: TDemoCounsellingSummary;
  referrals: TDemoReferralSummary;
  offers: number;
  /** Submissions waiting in the review queue. */
  pendingRevisions: number;
  portalPages: number;
  portalPlaces: number;
  portalEvents: number;
  logins: TDemoLogin[];
  password: string;
};

export type TSeedDemoOptions = {
  persons: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * "usable": the demo logins work with the published password and second-factor secret (embedded
   * demo mode). "disabled": the demo users exist, deactivated and without password or second
   * factor — a database others can reach never gets logins whose secrets are public.
   */
  logins?: "usable" | "disabled";
};

/** Seeding refused: wrong options, or a database that is not empty. The message says what to do. */
export class DemoDataError extends Error {
  override name = "DemoDataError";
}

const MAX_PERSONS = 10_000_000;

function checkOptions({ persons, seed }: TSeedDemoOptions): void {
  if (!Number.isInteger(persons) || persons < 0 || persons > MAX_PERSONS) {
    throw new DemoDataError(`persons must be a whole number from 0 to ${MAX_PERSONS} (got ${persons})`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new DemoDataError(`seed must be a whole number from 0 to ${0xffff_ffff} (got ${seed})`);
  }
}

/**
 * Fills an empty database with synthetic demo data: the district, its municipal units, providers and
 * their offers, one login per role, and `persons` newcomers in households. The same seed and size give
 * the same rows, ids included (timestamps aside). Organisations, users and offers are written in one
 * transaction, then persons in batches of their own.
 */
export async function seedDemoData(database: TDatabase, options: TSeedDemoOptions): Promise<TDemoSummary> {
  checkOptions(options);
  const { db } = database;
  const state = await readDemoState(db);
  if (state === "demo") {
    throw new DemoDataError(
      "This database already holds demo data; seeding again would add a second set. Use a fresh database.",
    );
  }
  if (state === "in_use") {
    throw new DemoDataError(
      "This database already holds organisations, users or persons; demo data goes only into an empty database.",
    );
  }
  const reference = await loadDemoReference(db);
  // Independent streams: more or fewer persons never change the organisations, offers or logins.
  const root = createRandom(options.seed);
  const structureRandom = createRandom(Math.floor(root.next() * 2 ** 32));
  const personRandom = createRandom(Math.floor(root.next() * 2 ** 32));
  const activityRandom = createRandom(Math.floor(root.next() * 2 ** 32));
  const portalRandom = createRandom(Math.floor(root.next() * 2 ** 32));

  const demoOrganisations = generateOrganisations(structureRandom, reference, countProviders(options.persons));
  const allOrganisations = [
    demoOrganisations.district,
    ...demoOrganisations.municipalUnits,
    ...demoOrganisations.providers,
  ];
  const demoOffers = generateOffers(structureRandom, reference, demoOrganisations.providers);
  const logins = planDemoLogins(demoOrganisations).map((login) => ({ ...login, userId: structureRandom.uuid() }));
  const areLoginsUsable = (options.logins ?? "usable") === "usable";
  const passwordHash = areLoginsUsable ? await hashPassword(DEMO_PASSWORD) : null;
  const loginOf = (role: TPlannedLogin["role"], isDistrict: boolean) =>
    logins.find(
      (login) => login.role === role && (login.organisationId === demoOrganisations.district.id) === isDistrict,
    );
  const providerLogin = loginOf("provider_staff", false);
  const revisedOffer = demoOffers.find((offer) => offer.providerId === providerLogin?.organisationId);

  await db.transaction(async (tx) => {
    await tx.insert(organisations).values(allOrganisations.map(({ homeAgs: _homeAgs, ...row }) => row));
    await tx.insert(organisationContacts).values(generateDemoContacts(demoOrganisations));
    await tx.insert(users).values(
      logins.map((login) => ({
        id: login.userId,
        email: login.email,
        displayName: login.displayName,
        passwordHash,
        isActive: areLoginsUsable,
      })),
    );
    await tx
      .insert(memberships)
      .values(
        logins.map((login) => ({ userId: login.userId, organisationId: login.organisationId, role: login.role })),
      );
    const withSecondFactor = areLoginsUsable ? logins.filter(needsDemoTotp).map((login) => login.userId) : [];
    await enrolKnownTotpSecret(tx, withSecondFactor, DEMO_TOTP_SECRET);
    await insertDemoOffers(tx, demoOffers);
  });
  const portal = await db.transaction(async (tx) => {
    const pages = await insertDemoPortalPages(tx, portalRandom);
    return { pages, ...(await insertDemoPortalPlacesAndEvents(tx, portalRandom, reference, new Date())) };
  });
  const revisionId = structureRandom.uuid();

  const counts = await seedPersons(database, {
    random: personRandom,
    municipalities: reference.municipalities,
    persons: options.persons,
    onProgress: options.onProgress,
  });
  const consents = await seedDemoConsents(db);
  const selfRegistrations =
    options.persons === 0
      ? 0
      : await seedDemoSelfRegistrations(
          db,
          reference.municipalities.map((municipality) => municipality.ags),
        );

  const municipalCaseworker = loginOf("caseworker", false);
  const districtCaseworker = loginOf("caseworker", true);
  const caseworkerUnit = demoOrganisations.municipalUnits.find(
    (unit) => unit.id === municipalCaseworker?.organisationId,
  );
  const counselling =
    options.persons > 0 && municipalCaseworker && caseworkerUnit?.municipalUnitKey
      ? await seedDemoCounselling(db, activityRandom, {
          organisationId: caseworkerUnit.id,
          municipalUnitKey: caseworkerUnit.municipalUnitKey,
          caseworkerUserId: municipalCaseworker.userId,
        })
      : { cases: 0, assessments: 0, needs: 0, tasks: 0 };
  const referrals =
    municipalCaseworker && districtCaseworker && providerLogin
      ? await seedDemoReferrals(db, {
          random: activityRandom,
          offers: demoOffers,
          loginProvider: providerLogin,
          senders: [municipalCaseworker, districtCaseworker],
        })
      : { sharingConsents: 0, referrals: 0, events: 0 };
  // Submitted last, so that its content has the free places the referrals left.
  if (providerLogin && revisedOffer) {
    await submitDemoRevision(db, revisedOffer, {
      userId: providerLogin.userId,
      organisationId: providerLogin.organisationId,
      revisionId,
    });
  }

  return {
    organisations: allOrganisations.length,
    users: logins.length,
    ...counts,
    consents,
    selfRegistrations,
    counselling,
    referrals,
    offers: demoOffers.length,
    pendingRevisions: providerLogin && revisedOffer ? 1 : 0,
    portalPages: portal.pages,
    portalPlaces: portal.places,
    portalEvents: portal.events,
    logins: areLoginsUsable
      ? logins.map(({ email, role, organisation }): TDemoLogin => ({ email, role, organisation }))
      : [],
    password: DEMO_PASSWORD,
  };
}
