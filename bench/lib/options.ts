import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const ZPostgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

const ZBenchOptions = z.object({
  scenarios: z.array(z.string().min(1)).default([]),
  durationSeconds: z.coerce.number().positive().max(600).default(4),
  warmupSeconds: z.coerce.number().min(0).max(60).default(1),
  connections: z.coerce.number().int().min(1).max(256).default(10),
  rounds: z.coerce.number().int().min(1).max(20).default(4),
  persons: z.coerce.number().int().min(0).max(10_000_000).default(20_000),
  seed: z.coerce.number().int().min(0).max(0xffff_ffff).default(1),
  databaseUrl: ZPostgresUrl.optional(),
  /** An existing database filled by an earlier run (kept with BENCH_KEEP_DATABASE): measured as it is, not seeded, not dropped. */
  reuseDatabaseUrl: ZPostgresUrl.optional(),
  isDatabaseKept: z.boolean(),
  resultsFile: z.string().min(1).default("bench/results.json"),
  isHelpWanted: z.boolean().default(false),
});

export type TBenchOptions = z.infer<typeof ZBenchOptions>;

export const benchUsage = `Usage: npm run bench -- [options]

  --scenario <name>     run only this scenario (repeatable; env BENCH_SCENARIO=a,b)
  --duration <s>        measured seconds per side of a scenario (env BENCH_DURATION, default 4)
  --warmup <s>          unmeasured warm-up seconds per side (env BENCH_WARMUP, default 1)
  --connections <n>     concurrent connections or callers (env BENCH_CONNECTIONS, default 10)
  --rounds <n>          baseline/subject alternations the duration is split into (env BENCH_ROUNDS, default 4)
  --persons <n>         demo persons to generate (env BENCH_PERSONS, default 20000)
  --seed <n>            demo data seed (env BENCH_SEED, default 1)
  --results <file>      where to write the results (env BENCH_RESULTS, default bench/results.json)
  --help                show this text

  BENCH_DATABASE_URL=postgres://…  run on that PostgreSQL server in a fresh database (created and
                                    dropped by the bench) instead of an embedded PGlite.
  BENCH_KEEP_DATABASE=1             keep that database afterwards (to measure its data again).
  BENCH_REUSE_DATABASE_URL=postgres://…/kommmit_bench_<id>
                                    measure a kept database as it is: migrated, not seeded, not dropped.
`;

/** Command-line flags win over BENCH_* environment variables, which win over the defaults. */
export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): TBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: "string", multiple: true },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      rounds: { type: "string" },
      persons: { type: "string" },
      seed: { type: "string" },
      results: { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  const fromEnv = (name: string) => (env[name] === "" ? undefined : env[name]);
  const parsed = ZBenchOptions.safeParse({
    scenarios:
      values.scenario ??
      fromEnv("BENCH_SCENARIO")
        ?.split(",")
        .map((name) => name.trim()),
    durationSeconds: values.duration ?? fromEnv("BENCH_DURATION"),
    warmupSeconds: values.warmup ?? fromEnv("BENCH_WARMUP"),
    connections: values.connections ?? fromEnv("BENCH_CONNECTIONS"),
    rounds: values.rounds ?? fromEnv("BENCH_ROUNDS"),
    persons: values.persons ?? fromEnv("BENCH_PERSONS"),
    seed: values.seed ?? fromEnv("BENCH_SEED"),
    databaseUrl: fromEnv("BENCH_DATABASE_URL"),
    reuseDatabaseUrl: fromEnv("BENCH_REUSE_DATABASE_URL"),
    isDatabaseKept: fromEnv("BENCH_KEEP_DATABASE") === "1",
    resultsFile: values.results ?? fromEnv("BENCH_RESULTS"),
    isHelpWanted: values.help,
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid bench options:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n")}`,
    );
  }
  return { ...parsed.data, resultsFile: path.resolve(parsed.data.resultsFile) };
}
