import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { plainTextOf, snippetOf, type TSearchKind } from "./search-hit.js";
import { searchPortal } from "./search-portal.js";
import { searchUnit, seedSearchContent } from "./search-test-seeds.js";

let t: TTestApp;
let seeded: Awaited<ReturnType<typeof seedSearchContent>>;

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedSearchContent(t.database.db);
});
afterAll(() => t.close());

function search(words: string, language: TContentLanguage = "de", kind: TSearchKind | null = null) {
  return searchPortal(t.database.db, { unitKey: searchUnit, language, words, kind });
}

describe("the portal search", () => {
  it("tolerates typos in titles through trigrams: Wohnugn, Kinderartzt", async () => {
    const housing = await search("Wohnugn", "de", "page");
    expect(housing.hits.map((hit) => hit.id)).toContain(seeded.housing.id);
    const doctor = await search("Kinderartzt");
    expect(doctor.hits.map((hit) => hit.id)).toContain(seeded.paediatrician.id);
    expect(doctor.hits.find((hit) => hit.id === seeded.paediatrician.id)?.url).toBe(
      `/portal/de/${searchUnit}/kinderarzt`,
    );
  });

  it("leaves out drafts and other units' content, the district's shows", async () => {
    const ids = (await search("Wohnung")).hits.map((hit) => hit.id);
    expect(ids).toContain(seeded.housing.id);
    expect(ids).toContain(seeded.office.id);
    expect(ids).not.toContain(seeded.draftPage.id);
    expect(ids).not.toContain(seeded.otherUnitPage.id);
    const offices = (await search("Bürgerbüro", "de", "place")).hits.map((hit) => hit.id);
    expect(offices).toEqual([seeded.office.id]);
  });

  it("stems German: Sprachkurse finds the event and the offer with Sprachkurs, not past or draft events", async () => {
    const result = await search("Sprachkurse");
    const ids = result.hits.map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining([seeded.languageCafe.id, seeded.course.id]));
    expect(ids).not.toContain(seeded.pastEvent.id);
    expect(ids).not.toContain(seeded.draftEvent.id);
    expect(result.counts.event).toBe(1);
    expect(result.counts.offer).toBe(1);
    const event = result.hits.find((hit) => hit.kind === "event");
    expect(event?.detail).toContain("Marktplatz 1");
    expect(event?.snippet).toBe("Deutsch üben bei Kaffee.");
  });

  it("searches the reader's language and shows German where there is no translation", async () => {
    const ukrainian = await search("житла", "uk");
    expect(ukrainian.hits.map((hit) => [hit.id, hit.language, hit.title])).toEqual([
      [seeded.housing.id, "uk", "Пошук житла"],
    ]);
    const fallback = await search("Kinderarzt", "uk");
    const doctor = fallback.hits.find((hit) => hit.id === seeded.paediatrician.id);
    expect(doctor).toMatchObject({
      language: "de",
      title: "Kinderarzt finden",
      url: `/portal/uk/${searchUnit}/kinderarzt`,
    });
    const english = await search("Bürgerbüro", "en", "place");
    expect(english.hits.map((hit) => [hit.language, hit.title])).toEqual([["en", "Citizens' office Bramsche"]]);
    const arabic = await search("المقهى", "ar");
    expect(arabic.hits.map((hit) => [hit.id, hit.language])).toEqual([[seeded.languageCafe.id, "ar"]]);
    expect((await search("житла")).hits).toEqual([]);
  });

  it("merges the kinds by relevance, limits to one kind when asked, and does not search without words", async () => {
    const all = await search("Wohnung");
    const relevances = all.hits.map((hit) => hit.relevance);
    expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
    expect(new Set(all.hits.map((hit) => hit.kind))).toEqual(new Set(["page", "place"]));
    expect((await search("Wohnung", "de", "place")).hits.map((hit) => hit.kind)).toEqual(["place"]);
    expect(await search("")).toEqual({ hits: [], counts: { page: 0, event: 0, place: 0, offer: 0 } });
  });
});

describe("snippets", () => {
  it("are plain text: tags dropped, entities decoded, long texts cut at a word", () => {
    expect(plainTextOf("<p>A &amp; B</p><p>&lt;script&gt; &#8211; &#x41;</p>")).toBe("A & B <script> – A");
    expect(snippetOf("Zusammenfassung", "<p>Text</p>")).toBe("Zusammenfassung");
    const long = snippetOf("", `<p>${"Wort ".repeat(60)}</p>`);
    expect(long.length).toBeLessThanOrEqual(182);
    expect(long.endsWith("Wort …")).toBe(true);
  });
});
