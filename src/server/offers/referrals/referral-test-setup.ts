import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import type { TTestApp } from "../../testing/test-app.js";

type TCookies = Record<string, string>;

/** Two caseworkers of Bramsche (one team), one of Melle, a provider with staff, and a second provider. */
export async function buildReferralWorld(t: TTestApp) {
  const db = t.database.db;
  const bramscheOrganisation = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const caseworker = async (organisation: typeof bramscheOrganisation) => {
    const { user } = await buildUser(db, { role: "caseworker", organisation });
    return { userId: user.id, cookies: await signInAs(db, user.id) };
  };
  const melleOrganisation = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.melle.unitKey,
  });
  const provider = await buildProvider(db, "language_school");
  const otherProvider = await buildProvider(db, "language_school");
  const staffOf = async (organisationId: string) =>
    signInAs(db, (await buildMember(db, { organisationId, role: "provider_staff" })).id);
  const notices: { id: string; language: string }[] = (
    await t.app.inject({ method: "GET", url: "/api/privacy-notices" })
  ).json();
  const noticeId = notices.find((notice) => notice.language === "de")?.id;
  if (!noticeId) throw new Error("no German privacy notice");
  return {
    bramsche: await caseworker(bramscheOrganisation),
    colleague: await caseworker(bramscheOrganisation),
    melle: await caseworker(melleOrganisation),
    provider: { id: provider.id, cookies: await staffOf(provider.id) },
    otherProvider: { id: otherProvider.id, cookies: await staffOf(otherProvider.id) },
    noticeId,
  };
}

export type TReferralWorld = Awaited<ReturnType<typeof buildReferralWorld>>;

export function call(t: TTestApp, method: "GET" | "POST", url: string, cookies: TCookies, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

/** A person of Bramsche who consented to sharing with the provider (by name) in person; returns ids. */
export async function consentingPerson(t: TTestApp, world: TReferralWorld, recipientOrganisationIds: string[]) {
  const person = await buildPerson(t.database.db);
  const recorded = await call(t, "POST", `/api/persons/${person.id}/consents`, world.bramsche.cookies, {
    privacyNoticeId: world.noticeId,
    givenAt: "2026-11-30T09:15:00.000Z",
    decisions: [{ purpose: "provider_sharing", isGranted: true, recipientOrganisationIds }],
  });
  if (recorded.statusCode !== 201) throw new Error(`consent not recorded: ${recorded.body}`);
  const [consent] = recorded.json() as { id: string }[];
  if (!consent) throw new Error("no consent record");
  return { personId: person.id, consentId: consent.id };
}

export function offerOf(t: TTestApp, providerId: string, freePlaces: number | null) {
  return buildPublishedOffer(t.database.db, providerId, {
    capacity: freePlaces === null ? null : 10,
    freePlaces,
    title: "Integrationskurs am Vormittag",
  });
}

export function referralTo(offerId: string) {
  return {
    target: { kind: "offer", offerId },
    purpose: "Anmeldung zum Integrationskurs",
    fieldCodes: ["name", "contact", "languages"],
  };
}
