import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { eq } from "drizzle-orm";
import { from as copyFrom } from "pg-copy-streams";
import { users } from "../../src/server/platform/auth/auth-tables.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth/session-cookie.js";
import { createSession } from "../../src/server/platform/auth/session-service.js";
import type { TScenario } from "../lib/scenario.js";

/** Rows per imported list: the target is 100,000 "in seconds, not minutes". */
const listRows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

const familyStems = ["Kovalenko", "Haddad", "Rahimi", "Yilmaz", "Popescu", "Nowak", "Ahmadi", "Hussein", "Bondar"];
const givenNames = ["Olena", "Rami", "Sara", "Mehmet", "Ioana", "Piotr", "Fatima", "Omar", "Daria", "Yusuf"];
const places = ["Bramsche", "Melle", "Bad Essen", "Georgsmarienhütte", "Quakenbrück", "03459002"];
const statuses = ["§ 24 AufenthG", "Aufenthaltsgestattung", "Duldung", "Niederlassungserlaubnis", ""];

/** Letters from a number, so every list of a run has names no other list (and no demo person) has. */
function letters(value: number): string {
  let text = "";
  let rest = value;
  do {
    text += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

let listNumber = 0;

/** A generated arrival list as the foreigners' authority exports it (semicolons, German dates, UTF-8). */
function generateList(rows: number): Buffer {
  listNumber += 1;
  const lines = [
    "Familienname;Vorname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;Einreisedatum;Wohnort;Aufenthaltsstatus",
  ];
  for (let index = 0; index < rows; index++) {
    const family = `${familyStems[index % familyStems.length]}${letters(listNumber * 1_000_000 + index)}`;
    const day = String((index % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, "0");
    const year = 1950 + (Math.floor(index / 336) % 70);
    lines.push(
      [
        family,
        givenNames[index % givenNames.length],
        `${day}.${month}.${year}`,
        index % 2 === 0 ? "w" : "m",
        ["UA", "Syrien", "AF", "Türkei"][index % 4],
        `${day}.${month}.2024`,
        places[index % places.length],
        statuses[index % statuses.length],
      ].join(";"),
    );
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`);
}

/**
 * Bulk import (issue 4: 100,000 rows in seconds): a generated list uploaded over HTTP (read, mapped,
 * every row validated, duplicates checked within the file and against the registry, staged) and
 * committed (one transaction: persons, fingerprints, one audit event per person), as the district's
 * caseworker, against PostgreSQL COPY of the same CSV into a plain table through pg-copy-streams.
 * Each call imports a fresh list (an import of the same rows again would create nothing). Run with
 * `--warmup 0 --rounds 2 --duration 2`: each side then runs twice.
 */
export const arrivalImportScenario: TScenario = {
  name: "arrival-import",
  description: `POST /api/arrival-imports + commit of ${listRows.toLocaleString("en")} rows vs COPY of the same CSV`,
  connections: 1,
  async setUp({ server }) {
    const { db, pool } = server.database;
    const [caseworker] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "caseworker@demo.kommmit.invalid"));
    if (!caseworker) throw new Error("arrival-import needs the demo caseworker");
    const token = await createSession(
      db,
      caseworker.id,
      { idleMinutes: 600, absoluteHours: 12 },
      { ipAddress: "127.0.0.1", userAgent: "bench" },
    );
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    await pool.query(`create table if not exists bench_import_copy (family_name text, given_name text,
      birth_date text, sex text, nationality text, arrived_on text, municipality text, residence text)`);

    async function importList(rows: number): Promise<number> {
      const upload = await fetch(`${server.url}/api/arrival-imports?fileName=bench.csv`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream" },
        body: new Uint8Array(generateList(rows)),
      });
      const created = (await upload.json()) as { id: string; counts: { rows: number; error: number } };
      if (upload.status !== 201 || created.counts.rows !== rows || created.counts.error > 0) {
        throw new Error(`upload answered ${upload.status}: ${JSON.stringify(created.counts)}`);
      }
      const commit = await fetch(`${server.url}/api/arrival-imports/${created.id}/commit`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ includeLikelyDuplicates: false }),
      });
      const result = (await commit.json()) as { createdPersons: number };
      if (commit.status !== 200) throw new Error(`commit answered ${commit.status}`);
      return result.createdPersons;
    }

    /**
     * PostgreSQL COPY of the same CSV. PGlite's socket loses protocol synchronisation on COPY FROM
     * STDIN, so embedded the baseline is the cheapest statement that stores the same rows instead:
     * one INSERT … SELECT FROM json_to_recordset per list.
     */
    async function copyList(rows: number): Promise<number> {
      const text = generateList(rows);
      if (server.database.kind === "embedded") {
        const [, ...lines] = text.toString("utf8").trimEnd().split("\r\n");
        const records = lines.map((line) => {
          const [family_name, given_name, birth_date, sex, nationality, arrived_on, municipality, residence] =
            line.split(";");
          return { family_name, given_name, birth_date, sex, nationality, arrived_on, municipality, residence };
        });
        const result = await pool.query(
          `insert into bench_import_copy select * from json_to_recordset($1::json) as r(family_name text,
            given_name text, birth_date text, sex text, nationality text, arrived_on text, municipality text,
            residence text)`,
          [JSON.stringify(records)],
        );
        return result.rowCount ?? 0;
      }
      const client = await pool.connect();
      try {
        const copy = client.query(
          copyFrom("COPY bench_import_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)"),
        );
        await pipeline(Readable.from([text]), copy);
        return copy.rowCount ?? 0;
      } finally {
        client.release();
      }
    }

    const [imported, copied] = [await importList(100), await copyList(100)];
    if (imported !== 100 || copied !== 100) throw new Error(`sides disagree: ${imported} imported, ${copied} copied`);
    return {
      subject: {
        label: `import ${listRows} rows (upload + commit)`,
        workload: {
          kind: "call",
          call: () => importList(listRows),
        },
      },
      baseline: {
        label:
          server.database.kind === "embedded" ? `INSERT … json_to_recordset ${listRows} rows` : `COPY ${listRows} rows`,
        workload: { kind: "call", call: () => copyList(listRows) },
      },
      tearDown: async () => {
        await pool.query("drop table if exists bench_import_copy");
      },
    };
  },
};
