import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { seedReferenceData } from "./seed-reference-data.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("reference data", () => {
  it("holds the district with 21 municipal units and 34 municipalities", async () => {
    const units = await t.app.inject({ method: "GET", url: "/api/municipal-units" });
    const unitList = units.json() as {
      key: string;
      name: string;
      kind: string;
      municipalityAgs: string[];
      population: number;
    }[];
    expect(unitList).toHaveLength(21);
    expect(
      unitList
        .filter((unit) => unit.kind === "joint_municipality")
        .map((unit) => unit.name)
        .sort(),
    ).toEqual([
      "Samtgemeinde Artland",
      "Samtgemeinde Bersenbrück",
      "Samtgemeinde Fürstenau",
      "Samtgemeinde Neuenkirchen",
    ]);
    const artland = unitList.find((unit) => unit.name === "Samtgemeinde Artland");
    expect(artland?.municipalityAgs).toEqual(["03459007", "03459025", "03459028", "03459030"]);
    expect(unitList.reduce((sum, unit) => sum + unit.municipalityAgs.length, 0)).toBe(34);
    expect(unitList.reduce((sum, unit) => sum + unit.population, 0)).toBe(361_550);

    const municipalities = await t.app.inject({ method: "GET", url: "/api/municipalities?sort=population" });
    const list = municipalities.json() as { name: string; ags: string; latitude: number; municipalUnitName: string }[];
    expect(list).toHaveLength(34);
    expect(list[0]).toMatchObject({ name: "Melle", ags: "03459024", latitude: 52.2017 });
    const quakenbrueck = list.find((municipality) => municipality.name === "Quakenbrück");
    expect(quakenbrueck?.municipalUnitName).toBe("Samtgemeinde Artland");
  });

  it("filters municipalities by municipal unit", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/municipalities?municipalUnit=034595402" });
    expect((response.json() as unknown[]).length).toBe(7);
  });

  it("holds the nine fields of action, course types, residence categories and portal languages", async () => {
    const fields = (await t.app.inject({ method: "GET", url: "/api/fields-of-action" })).json() as { code: string }[];
    expect(fields.map((field) => field.code)).toEqual([
      "aufenthalt",
      "wohnen",
      "sprache",
      "bildung",
      "arbeit",
      "gesundheit",
      "teilhabe",
      "zivilgesellschaft",
      "management",
    ]);
    expect(((await t.app.inject({ method: "GET", url: "/api/course-types" })).json() as unknown[]).length).toBe(15);
    expect(((await t.app.inject({ method: "GET", url: "/api/residence-categories" })).json() as unknown[]).length).toBe(
      14,
    );
    const languages = (await t.app.inject({ method: "GET", url: "/api/languages" })).json() as {
      tag: string;
      direction: string;
    }[];
    expect(languages.filter((language) => language.direction === "rtl").map((language) => language.tag)).toEqual([
      "ar",
      "fa",
      "ps",
    ]);
  });

  it("seeds idempotently: a second run leaves every reference row as it was", async () => {
    const fingerprint = async () => {
      const tables = [
        "districts",
        "municipal_units",
        "municipalities",
        "fields_of_action",
        "course_types",
        "residence_categories",
        "languages",
      ];
      const parts = await Promise.all(
        tables.map(async (table) => {
          const result = await t.database.pool.query<{ digest: string }>(
            `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${table} t`,
          );
          return `${table}:${result.rows[0]?.digest}`;
        }),
      );
      return parts.join(",");
    };
    const before = await fingerprint();
    await seedReferenceData(t.database.db);
    expect(await fingerprint()).toBe(before);
  });

  it("drops a language that is no longer in the file", async () => {
    await t.database.pool.query(
      "insert into languages (tag, position, name_native, name_de, direction, portal_priority) values ('xx', 99, 'X', 'X', 'ltr', 2)",
    );
    await seedReferenceData(t.database.db);
    const result = await t.database.pool.query("select tag from languages where tag = 'xx'");
    expect(result.rowCount).toBe(0);
  });
});
