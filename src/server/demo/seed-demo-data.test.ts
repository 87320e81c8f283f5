import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOfferContent } from "../../common/offers/offer-content-schemas.js";
import { providerTypes, roles } from "../../common/platform/organisations.js";
import { readOfferContent } from "../offers/directory/offer-content-rows.js";
import { offers } from "../offers/offer-tables.js";
import { verifyCredentials } from "../platform/auth/session-service.js";
import type { TDatabase } from "../platform/db/database.js";
import { createTestApp } from "../testing/test-app.js";
import { createTestDatabase } from "../testing/test-database.js";
import { DEMO_EMAIL_DOMAIN } from "./demo-logins.js";
import { createRandom } from "./random.js";
import { DemoDataError, seedDemoData, type TDemoSummary } from "./seed-demo-data.js";
import { count, EMPTY_DIGEST, fingerprint } from "./seed-demo-test-helpers.js";
import { seedPersons } from "./seed-persons.js";

const PERSONS = 400;
const SEED = 42;

let first: TDatabase;
let second: TDatabase;
let summary: TDemoSummary;
const progress: [number, number][] = [];

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  summary = await seedDemoData(first, {
    persons: PERSONS,
    seed: SEED,
    onProgress: (done, total) => progress.push([done, total]),
  });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe("seedDemoData", () => {
  it("gives identical data, ids included, for the same seed and size", async () => {
    await seedDemoData(second, { persons: PERSONS, seed: SEED });
    const [a, b] = await Promise.all([fingerprint(first), fingerprint(second)]);
    expect(Object.values(a)).not.toContain(EMPTY_DIGEST);
    expect(b).toEqual(a);
  });

  it("reports what it wrote, and progress up to the total", async () => {
    expect(summary.persons).toBe(PERSONS);
    expect(await count(first, "select count(*) from persons")).toBe(PERSONS);
    expect(await count(first, "select count(*) from households")).toBe(summary.households);
    expect(await count(first, "select count(*) from person_names")).toBe(summary.personNames);
    expect(await count(first, "select count(*) from organisations")).toBe(summary.organisations);
    expect(await count(first, "select count(*) from offers")).toBe(summary.offers);
    expect(progress.at(-1)).toEqual([PERSONS, PERSONS]);
  });

  it("creates the district, every municipal unit and providers of every type", async () => {
    const kinds = await first.pool.query<{ kind: string; provider_type: string | null; count: string }>(
      "select kind, provider_type, count(*) from organisations group by 1, 2",
    );
    const countOf = (kind: string, type: string | null = null) =>
      Number(kinds.rows.find((row) => row.kind === kind && row.provider_type === type)?.count ?? 0);
    expect(countOf("district")).toBe(1);
    expect(countOf("municipal_unit")).toBe(await count(first, "select count(*) from municipal_units"));
    for (const type of providerTypes) expect(countOf("provider", type)).toBeGreaterThan(0);
    const names = await first.pool.query<{ name: string }>("select name from organisations");
    expect(names.rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(["Landkreis Osnabrück", "Stadt Bramsche", "Samtgemeinde Artland", "MaßArbeit"]),
    );
  });

  it("gives the district and every municipal unit a clearly synthetic contact point for the welcome letter", async () => {
    expect(
      await count(
        first,
        `select count(*) from organisations o where o.kind <> 'provider' and not exists (
          select 1 from organisation_contacts c where c.organisation_id = o.id
            and c.email like '%@%example.org' and c.phone like '0541 000-%')`,
      ),
    ).toBe(0);
    expect(await count(first, "select count(*) from organisation_contacts")).toBe(
      await count(first, "select count(*) from organisations where kind <> 'provider'"),
    );
  });

  it("records German in-person consents per purpose, mostly granted, some refused", async () => {
    expect(summary.consents).toBe(PERSONS * 3);
    const rows = await first.pool.query<{ purpose: string; granted: string; refused: string }>(
      `select purpose, count(*) filter (where is_granted) as granted, count(*) filter (where not is_granted) as refused
        from consents where language = 'de' and channel = 'in_person' and purpose <> 'provider_sharing'
        group by purpose order by purpose`,
    );
    expect(rows.rows.map((row) => row.purpose)).toEqual(["counselling", "municipality_contact", "statistics"]);
    for (const row of rows.rows) {
      expect(Number(row.granted)).toBeGreaterThan(Number(row.refused));
      expect(Number(row.refused)).toBeGreaterThan(0);
    }
  });

  it("leaves self-registrations waiting for review, each under the privacy notice in its portal language", async () => {
    expect(summary.selfRegistrations).toBeGreaterThan(0);
    expect(await count(first, "select count(*) from self_registrations where status = 'pending'")).toBe(
      summary.selfRegistrations,
    );
    expect(
      await count(
        first,
        `select count(*) from self_registrations s join privacy_notices n on n.id = s.privacy_notice_id
          where n.language <> s.portal_language`,
      ),
    ).toBe(0);
    expect(await count(first, "select count(distinct portal_language) from self_registrations")).toBeGreaterThan(2);
  });

  it("gives the municipal caseworker cases: most interviewed with needs by the real rules, some waiting", async () => {
    const { cases, assessments, needs, tasks } = summary.counselling;
    expect(cases).toBeGreaterThan(0);
    expect(assessments).toBeGreaterThan(0);
    expect(assessments).toBeLessThan(cases);
    expect(needs).toBeGreaterThan(assessments);
    expect(tasks).toBeGreaterThan(0);
    expect(
      await count(
        first,
        `select count(*) from counselling_cases c join users u on u.id = c.assignee_user_id
          join memberships m on m.user_id = u.id and m.organisation_id = c.desk_organisation_id and m.role = 'caseworker'`,
      ),
    ).toBeGreaterThan(0);
    expect(await count(first, "select count(*) from needs where status = 'open'")).toBe(needs);
  });

  it("keeps households consistent: one head each, members in the household's municipality", async () => {
    expect(
      await count(
        first,
        `select count(*) from (select household_id from persons group by 1
          having count(*) filter (where household_relation = 'head') <> 1) x`,
      ),
    ).toBe(0);
    expect(
      await count(
        first,
        "select count(*) from persons p join households h on h.id = p.household_id where p.municipality_ags <> h.municipality_ags",
      ),
    ).toBe(0);
    expect(
      await count(
        first,
        "select count(*) from households h where not exists (select 1 from persons p where p.household_id = h.id)",
      ),
    ).toBe(0);
  });

  it("stores names in the original script for Cyrillic and Arabic-script origins", async () => {
    const rows = await first.pool.query<{ country: string; script: string; given_name: string }>(
      `select p.nationalities[1] as country, n.script, n.given_name from person_names n
        join persons p on p.id = n.person_id where n.kind = 'original_script'`,
    );
    const scriptOf = (country: string) =>
      new Set(rows.rows.filter((row) => row.country === country).map((row) => row.script));
    expect(scriptOf("UA")).toEqual(new Set(["Cyrl"]));
    expect(scriptOf("SY")).toEqual(new Set(["Arab"]));
    expect(rows.rows.find((row) => row.country === "UA")?.given_name).toMatch(/^\p{Script=Cyrillic}+$/u);
    expect(
      await count(
        first,
        `select count(*) from persons p where p.nationalities[1] in ('UA', 'SY', 'AF', 'IQ', 'RU', 'BG', 'ER')
          and not exists (select 1 from person_names n where n.person_id = p.id and n.kind = 'original_script')`,
      ),
    ).toBe(0);
  });

  it("spreads persons over the municipalities roughly by population", async () => {
    const rows = await first.pool.query<{ ags: string; population: number; persons: string }>(
      `select m.ags, m.population, count(p.id) as persons from municipalities m
        left join persons p on p.municipality_ags = m.ags group by m.ags, m.population order by m.population desc`,
    );
    const largest = rows.rows.slice(0, 5).reduce((sum, row) => sum + Number(row.persons), 0);
    const smallest = rows.rows.slice(-5).reduce((sum, row) => sum + Number(row.persons), 0);
    expect(largest).toBeGreaterThan(smallest * 4);
    expect(rows.rows.filter((row) => Number(row.persons) > 0).length).toBeGreaterThan(rows.rows.length / 2);
  });

  it("gives every role a demo login that can log in with the shared password", async () => {
    expect(new Set(summary.logins.map((login) => login.role))).toEqual(new Set(roles));
    expect(summary.password.length).toBeGreaterThanOrEqual(12);
    for (const login of summary.logins) {
      expect(login.email).toMatch(/@demo\.kommmit\.invalid$/);
      expect((await verifyCredentials(first.db, login.email, summary.password)).isValid).toBe(true);
    }
    expect((await verifyCredentials(first.db, summary.logins[0]?.email ?? "", "wrong password")).isValid).toBe(false);
    expect(summary.logins).toContainEqual({
      email: "caseworker.bramsche@demo.kommmit.invalid",
      role: "caseworker",
      organisation: "Stadt Bramsche",
    });
  });

  it("offers language courses with course type and CEFR levels, and places every offer", async () => {
    expect(
      await count(
        first,
        "select count(*) from offers where category = 'language_course' and (course_type is null or cefr_to is null)",
      ),
    ).toBe(0);
    expect(await count(first, "select count(*) from offers where category = 'language_course'")).toBeGreaterThan(0);
    expect(await count(first, "select count(distinct category) from offers")).toBeGreaterThan(6);
  });

  it("writes offer texts in German and English, and in Ukrainian and Arabic for the common ones", async () => {
    for (const language of ["de", "en"]) {
      expect(
        await count(
          first,
          `select count(*) from offers o where not exists (
            select 1 from offer_translations t where t.offer_id = o.id and t.language = '${language}')`,
        ),
      ).toBe(0);
    }
    const texts = await first.pool.query<{ language: string; title: string }>(
      "select language, title from offer_translations where language in ('uk', 'ar')",
    );
    expect(texts.rows.find((row) => row.language === "uk")?.title).toMatch(/\p{Script=Cyrillic}/u);
    expect(texts.rows.find((row) => row.language === "ar")?.title).toMatch(/\p{Script=Arabic}/u);
    const rows = await first.db.select().from(offers);
    for (const row of rows) {
      const content = ZOfferContent.safeParse(await readOfferContent(first.db, row));
      expect(content.error?.issues ?? []).toEqual([]);
    }
  });

  it("places every offer on site near its municipality, with an address; online offers have no place", async () => {
    expect(
      await count(
        first,
        `select count(*) from offers o left join municipalities m on m.ags = o.municipality_ags
          where o.is_online <> (o.latitude is null)
            or (not o.is_online and (o.street is null or o.city <> m.name
              or abs(o.latitude - m.latitude) > 0.01 or abs(o.longitude - m.longitude) > 0.015))`,
      ),
    ).toBe(0);
    expect(await count(first, "select count(*) from offers where latitude is not null")).toBeGreaterThan(0);
  });

  it("schedules courses on weekdays in one part of the day, free with an entitlement; desks by appointment", async () => {
    expect(
      await count(
        first,
        `select count(*) from offers where category = 'language_course' and (schedule_kind <> 'recurring'
          or cardinality(weekdays) = 0 or cardinality(time_slots) <> 1 or start_time is null
          or cost_kind <> 'free_with_entitlement' or starts_on is null or ends_on <= starts_on)`,
      ),
    ).toBe(0);
    const kinds = await first.pool.query<{ schedule_kind: string }>(
      "select distinct schedule_kind from offers where category = 'counselling'",
    );
    expect(kinds.rows.map((row) => row.schedule_kind)).toContain("by_appointment");
    expect(await count(first, "select count(*) from offers where cost_kind = 'free'")).toBeGreaterThan(
      (await count(first, "select count(*) from offers where category <> 'language_course'")) / 2,
    );
  });

  it("leaves one change of a published offer waiting for review, submitted by the provider login", async () => {
    const rows = await first.pool.query<{ status: string; is_same_version: boolean; title: string; email: string }>(
      `select r.status, r.base_version = o.version as is_same_version, u.email,
          r.submitted_at > o.published_at as is_change, (r.content ->> 'freePlaces')::int is not distinct from o.free_places as is_current,
          (select t.title from offer_translations t where t.offer_id = o.id and t.language = 'de') as title,
          r.content -> 'translations' -> 0 ->> 'title' as new_title
        from offer_revisions r join offers o on o.id = r.offer_id and o.status = 'published'
        join users u on u.id = r.submitted_by`,
    );
    expect(rows.rows).toEqual([
      expect.objectContaining({
        status: "pending",
        is_same_version: true,
        is_change: true,
        is_current: true,
        email: `provider@${DEMO_EMAIL_DOMAIN}`,
      }),
    ]);
    expect(rows.rows[0]).toHaveProperty("new_title", `Neu: ${rows.rows[0]?.title}`);
    expect(summary.pendingRevisions).toBe(1);
    expect(await count(first, "select count(*) from audit_events where action = 'offer.submit'")).toBe(1);
  });

  it("publishes district-wide portal pages in German with translations, one of them outdated", async () => {
    expect(summary.portalPages).toBe(
      await count(first, "select count(*) from portal_pages where status = 'published'"),
    );
    expect(summary.portalPages).toBeGreaterThanOrEqual(3);
    expect(
      await count(first, "select count(*) from portal_page_texts where language in ('uk', 'ar')"),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await count(
        first,
        `select count(*) from portal_page_texts t join portal_pages p on p.id = t.page_id
          where t.source_version < p.german_version`,
      ),
    ).toBe(1);
  });

  it("publishes district-wide places and events that a municipal unit's portal shows, in German and Arabic", async () => {
    const published = (table: string) => count(first, `select count(*) from ${table} where status = 'published'`);
    expect(summary.portalPlaces).toBe(await published("portal_places"));
    expect(summary.portalEvents).toBe(await published("portal_events"));
    expect(summary.portalPlaces).toBeGreaterThanOrEqual(2);
    expect(summary.portalEvents).toBeGreaterThanOrEqual(2);
    const portal = await createTestApp({ sharedDatabase: first });
    try {
      const get = async (url: string) => {
        const response = await portal.app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBe(200);
        return response.body;
      };
      const unit = "/portal/de/03459014";
      const places = await get(`${unit}/places`);
      expect(places).toContain("Ausländerbehörde des Landkreises (Demo)");
      expect(places).toContain("Migrationsberatung (Demo)");
      const events = await get(`${unit}/events`);
      expect(events).toContain("Sprachcafé (Demo)");
      expect(events).toContain("Infotag Ankommen (Demo)");
      const placeLinks = [...new Set(places.match(/\/portal\/de\/03459014\/places\/[0-9a-f-]{36}/g))];
      expect(placeLinks).toHaveLength(summary.portalPlaces);
      for (const link of placeLinks) expect(await get(link)).toContain("0541 000-");
      const [eventLink] = events.match(/\/portal\/de\/03459014\/events\/[0-9a-f-]{36}/) ?? [];
      expect(await get(eventLink ?? "")).toContain("(Demo)");
      const arabic = await get("/portal/ar/03459014/events");
      expect(arabic).toContain('dir="rtl"');
      expect(arabic).toContain("مقهى اللغة (تجريبي)");
    } finally {
      await portal.close();
    }
  });

  it("refers interviewed persons under a granted sharing consent that names the provider", async () => {
    expect(summary.referrals.referrals).toBe(await count(first, "select count(*) from referrals"));
    expect(await count(first, "select count(distinct status) from referrals")).toBeGreaterThanOrEqual(6);
    expect(
      await count(
        first,
        `select count(*) from referrals r join consents c on c.id = r.consent_id
          join memberships m on m.user_id = r.sent_by and m.organisation_id = r.sent_by_organisation_id
          left join needs n on n.id = r.need_id
          where c.person_id <> r.person_id or c.purpose <> 'provider_sharing' or not c.is_granted
            or not r.provider_id = any(c.recipient_organisation_ids) or m.role <> 'caseworker'
            or not r.field_codes @> array['name', 'contact', 'languages']
            or ('need' = any(r.field_codes)) <> (r.need_id is not null) or n.person_id <> r.person_id
            or not exists (select 1 from assessments a where a.person_id = r.person_id and a.status = 'completed')`,
      ),
    ).toBe(0);
    expect(await count(first, "select count(*) from referrals where need_id is not null")).toBeGreaterThan(0);
  });

  it("gives every referral its history in order, ending in its status", async () => {
    const broken = await count(
      first,
      `select count(*) from (select r.id from referrals r join lateral (
          select e.*, lag(e.to_status) over (order by e.at) as previous, row_number() over (order by e.at) as step
          from referral_events e where e.referral_id = r.id) e on true
        group by r.id, r.status, r.version, r.sent_at
        having bool_or(e.from_status is distinct from e.previous) or count(*) <> r.version
          or (array_agg(e.to_status order by e.at desc))[1] <> r.status
          or min(e.at) <> r.sent_at or max(e.at) > now()) x`,
    );
    expect(broken).toBe(0);
    expect(await count(first, "select count(*) from referral_events")).toBe(summary.referrals.events);
  });

  it("has referrals waiting in the provider login's inbox, some for more than five days", async () => {
    const waiting = `select count(*) from referrals r join memberships m on m.organisation_id = r.provider_id
      join users u on u.id = m.user_id and u.email = 'provider@${DEMO_EMAIL_DOMAIN}' where r.status = 'sent'`;
    expect(await count(first, waiting)).toBeGreaterThan(1);
    expect(await count(first, `${waiting} and r.sent_at < now() - interval '5 days'`)).toBeGreaterThan(0);
  });

  it("takes a free place for every accepted referral, never below zero or beyond the capacity", async () => {
    const taking = "r.status in ('accepted', 'started', 'completed', 'dropped')";
    expect(
      await count(
        first,
        `select count(*) from referrals r join offers o on o.id = r.offer_id and o.capacity > 0 where ${taking}`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        first,
        `select count(*) from offers o where o.free_places < 0 or o.free_places > o.capacity
          or o.capacity - o.free_places < (select count(*) from referrals r where r.offer_id = o.id and ${taking})`,
      ),
    ).toBe(0);
  });

  it("stops with the database's error when a batch cannot be written, and writes nothing of it", async () => {
    const before = await count(first, "select count(*) from persons");
    const nowhere = [{ ags: "00000000", population: 1, isTown: false }];
    await expect(seedPersons(first, { random: createRandom(1), municipalities: nowhere, persons: 20 })).rejects.toThrow(
      /foreign key/,
    );
    expect(await count(first, "select count(*) from persons")).toBe(before);
  });

  it("refuses to seed a database that already holds data", async () => {
    await expect(seedDemoData(first, { persons: 10, seed: SEED })).rejects.toBeInstanceOf(DemoDataError);
    await expect(seedDemoData(first, { persons: -1, seed: SEED })).rejects.toThrow(/persons must be/);
  });
});
