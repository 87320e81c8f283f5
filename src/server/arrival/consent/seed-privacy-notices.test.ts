import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "../../platform/db/database.js";
import { buildPerson } from "../../testing/factories.js";
import { createTestDatabase } from "../../testing/test-database.js";
import { consents, privacyNotices } from "./consent-tables.js";
import { readPrivacyNoticeFiles, seedPrivacyNotices } from "./seed-privacy-notices.js";

let database: TDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("privacy notices", () => {
  it("are loaded at start in at least German, English, Ukrainian and Arabic, each with a title", async () => {
    const rows = await database.db.select().from(privacyNotices);
    const languages = rows.map((row) => row.language);
    expect(languages).toEqual(expect.arrayContaining(["de", "en", "uk", "ar"]));
    for (const row of rows) {
      expect(row.title.length).toBeGreaterThan(5);
      expect(row.body).toContain("**");
      expect(row.publishedOn).toBe(row.version);
    }
    expect(rows.length).toBe(readPrivacyNoticeFiles().length);
  });

  it("may be corrected while unused, and refuse a changed text once a consent names them", async () => {
    const version = "2030-01-01";
    const first = { version, language: "de", title: "Hinweis", body: "Erste Fassung" };
    await seedPrivacyNotices(database.db, [first]);
    await seedPrivacyNotices(database.db, [{ ...first, body: "Korrigiert" }]);
    const [notice] = await database.db.select().from(privacyNotices).where(eq(privacyNotices.version, version));
    expect(notice?.body).toBe("Korrigiert");
    if (!notice) throw new Error("notice missing");

    const person = await buildPerson(database.db);
    await database.db.insert(consents).values({
      personId: person.id,
      purpose: "counselling",
      isGranted: true,
      privacyNoticeId: notice.id,
      language: "de",
      channel: "in_person",
      givenAt: new Date(),
    });
    await expect(seedPrivacyNotices(database.db, [{ ...first, body: "Dritte Fassung" }])).rejects.toThrow(
      /changed after consents were given/,
    );
    await seedPrivacyNotices(database.db, [{ ...first, body: "Korrigiert" }]);
  });
});

describe("consents", () => {
  it("cannot be changed or deleted, only superseded", async () => {
    const [notice] = await database.db.select().from(privacyNotices).where(eq(privacyNotices.language, "en"));
    if (!notice) throw new Error("notice missing");
    const person = await buildPerson(database.db);
    const [granted] = await database.db
      .insert(consents)
      .values({
        personId: person.id,
        purpose: "statistics",
        isGranted: true,
        privacyNoticeId: notice.id,
        language: "en",
        channel: "online",
        givenAt: new Date(),
      })
      .returning();
    if (!granted) throw new Error("consent missing");
    await expect(
      database.db.update(consents).set({ isGranted: false }).where(eq(consents.id, granted.id)),
    ).rejects.toThrow();
    await expect(database.db.delete(consents).where(eq(consents.id, granted.id))).rejects.toThrow();
    await expect(
      database.db.insert(consents).values({
        personId: person.id,
        purpose: "statistics",
        isGranted: true,
        recipientProviderTypes: ["welfare_association"],
        privacyNoticeId: notice.id,
        language: "en",
        channel: "online",
        givenAt: new Date(),
      }),
    ).rejects.toThrow();
    const [withdrawal] = await database.db
      .insert(consents)
      .values({
        personId: person.id,
        purpose: "statistics",
        isGranted: false,
        privacyNoticeId: notice.id,
        language: "en",
        channel: "online",
        givenAt: new Date(),
        supersedesId: granted.id,
      })
      .returning();
    expect(withdrawal?.supersedesId).toBe(granted.id);
  });
});
