import { and, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TProviderType } from "../../../common/platform/organisations.js";
import { modules, type TModule } from "../../modules.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { persons } from "../arrival-tables.js";
import { buildCountsInStatisticsCondition, buildValidConsentCondition } from "./valid-consent-condition.js";

/** Stands in for the referral module: a referral reaches the person only with consent to share valid now. */
const referrals: { organisationId: string; personId: string }[] = [];
const referralStandIn: TModule = {
  name: "referral-stand-in",
  personScopes: [
    {
      name: "referral",
      buildCondition(grant) {
        const { membership } = grant;
        if (membership.organisationKind !== "provider") return undefined;
        const ids = referrals
          .filter((referral) => referral.organisationId === membership.organisationId)
          .map((referral) => referral.personId);
        if (ids.length === 0) return undefined;
        return and(
          inArray(persons.id, ids),
          buildValidConsentCondition("provider_sharing", {
            organisationId: membership.organisationId,
            providerType: membership.providerType,
          }),
        );
      },
    },
  ],
};

let t: TTestApp;
let caseworker: Record<string, string>;
let noticeId: string;

beforeAll(async () => {
  t = await createTestApp({ modules: [...modules, referralStandIn] });
  const organisation = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  caseworker = await signInAs(t.database.db, user.id);
  const notices: { id: string; language: string }[] = (
    await t.app.inject({ method: "GET", url: "/api/privacy-notices" })
  ).json();
  noticeId = notices.find((notice) => notice.language === "de")?.id ?? "";
});
afterAll(() => t.close());

async function providerStaff(providerType: TProviderType) {
  const organisation = await buildOrganisation(t.database.db, { kind: "provider", providerType });
  const { user } = await buildUser(t.database.db, { role: "provider_staff", organisation });
  return { organisationId: organisation.id, cookies: await signInAs(t.database.db, user.id) };
}

async function referredPerson(...organisationIds: string[]) {
  const person = await buildPerson(t.database.db);
  for (const organisationId of organisationIds) referrals.push({ organisationId, personId: person.id });
  return person.id;
}

async function decide(personId: string, decisions: Record<string, unknown>[]): Promise<{ id: string }[]> {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/persons/${personId}/consents`,
    cookies: caseworker,
    payload: { privacyNoticeId: noticeId, givenAt: new Date().toISOString(), decisions },
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

async function withdraw(personId: string, consentId: string) {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/persons/${personId}/consents/${consentId}/withdraw`,
    cookies: caseworker,
    payload: {},
  });
  expect(response.statusCode).toBe(201);
}

async function readStatus(personId: string, cookies: Record<string, string>) {
  return (await t.app.inject({ method: "GET", url: `/api/persons/${personId}`, cookies })).statusCode;
}

describe("consent in the access layer", () => {
  it("lets a provider read a referred person while the consent names it, and not in the very next query after withdrawal", async () => {
    const provider = await providerStaff("language_school");
    const personId = await referredPerson(provider.organisationId);
    expect(await readStatus(personId, provider.cookies)).toBe(404);

    const [consent] = await decide(personId, [
      { purpose: "provider_sharing", isGranted: true, recipientOrganisationIds: [provider.organisationId] },
    ]);
    expect(await readStatus(personId, provider.cookies)).toBe(200);
    await withdraw(personId, consent?.id ?? "");
    expect(await readStatus(personId, provider.cookies)).toBe(404);
  });

  it("lets a provider read a referred person under a consent for its provider type, until withdrawn", async () => {
    const provider = await providerStaff("job_centre");
    const personId = await referredPerson(provider.organisationId);
    const [consent] = await decide(personId, [
      { purpose: "provider_sharing", isGranted: true, recipientProviderTypes: ["job_centre"] },
    ]);
    expect(await readStatus(personId, provider.cookies)).toBe(200);
    await withdraw(personId, consent?.id ?? "");
    expect(await readStatus(personId, provider.cookies)).toBe(404);
  });

  it("keeps a referred person from a provider the consent does not name, by organisation or type", async () => {
    const named = await providerStaff("language_school");
    const other = await providerStaff("welfare_association");
    const personId = await referredPerson(named.organisationId, other.organisationId);
    await decide(personId, [
      {
        purpose: "provider_sharing",
        isGranted: true,
        recipientOrganisationIds: [named.organisationId],
        recipientProviderTypes: ["club"],
      },
      { purpose: "counselling", isGranted: true },
    ]);
    expect(await readStatus(personId, named.cookies)).toBe(200);
    expect(await readStatus(personId, other.cookies)).toBe(404);
  });

  it("lets a refusal naming a provider outweigh a consent for its whole type", async () => {
    const provider = await providerStaff("club");
    const personId = await referredPerson(provider.organisationId);
    await decide(personId, [{ purpose: "provider_sharing", isGranted: true, recipientProviderTypes: ["club"] }]);
    expect(await readStatus(personId, provider.cookies)).toBe(200);
    await decide(personId, [
      { purpose: "provider_sharing", isGranted: false, recipientOrganisationIds: [provider.organisationId] },
    ]);
    expect(await readStatus(personId, provider.cookies)).toBe(404);
  });

  it("lets a later refusal naming one of several providers consented to together take that one out", async () => {
    const refused = await providerStaff("language_school");
    const kept = await providerStaff("welfare_association");
    const personId = await referredPerson(refused.organisationId, kept.organisationId);
    await decide(personId, [
      {
        purpose: "provider_sharing",
        isGranted: true,
        recipientOrganisationIds: [refused.organisationId, kept.organisationId],
      },
    ]);
    expect(await readStatus(personId, refused.cookies)).toBe(200);
    await decide(personId, [
      { purpose: "provider_sharing", isGranted: false, recipientOrganisationIds: [refused.organisationId] },
    ]);
    expect(await readStatus(personId, refused.cookies)).toBe(404);
    expect(await readStatus(personId, kept.cookies)).toBe(200);
    await decide(personId, [
      { purpose: "provider_sharing", isGranted: true, recipientOrganisationIds: [refused.organisationId] },
    ]);
    expect(await readStatus(personId, refused.cookies)).toBe(200);
  });

  it("counts in statistics only persons whose statistics consent is valid now", async () => {
    const granted = (await buildPerson(t.database.db)).id;
    const refused = (await buildPerson(t.database.db)).id;
    const withdrawn = (await buildPerson(t.database.db)).id;
    const neverAsked = (await buildPerson(t.database.db)).id;
    await decide(granted, [{ purpose: "statistics", isGranted: true }]);
    await decide(refused, [{ purpose: "statistics", isGranted: false }]);
    const [consent] = await decide(withdrawn, [{ purpose: "statistics", isGranted: true }]);
    await withdraw(withdrawn, consent?.id ?? "");
    await decide(neverAsked, [{ purpose: "counselling", isGranted: true }]);

    const counted = await t.database.db
      .select({ id: persons.id })
      .from(persons)
      .where(and(inArray(persons.id, [granted, refused, withdrawn, neverAsked]), buildCountsInStatisticsCondition()));
    expect(counted.map((row) => row.id)).toEqual([granted]);
  });
});
