import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/server/platform/config/config.js";
import type { TDb } from "../../src/server/platform/db/database.js";
import { createLogger } from "../../src/server/platform/logger.js";
import { startServer } from "../../src/server/server.js";
import { createE2eAuditor } from "./e2e-auditor.js";
import { createE2eDatabase } from "./e2e-database.js";
import { createE2eEnrolmentUser, createE2eUser, type TE2eEnrolmentUser, type TE2eUser } from "./e2e-user.js";

const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url));

export type TE2eServer = {
  url: string;
  user: TE2eUser;
  enrolmentUser: TE2eEnrolmentUser;
  auditor: TE2eUser;
  stop(): Promise<void>;
};

/**
 * Builds the staff app once per run, so the suite always tests the current source, as production
 * builds it (vitest sets NODE_ENV=test, which would bundle React's development build).
 */
export function buildWebApp() {
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
    cwd: repositoryRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

type TE2eServerOptions = {
  /** Where the server sends mail (the in-process test server of global-setup.ts). */
  smtpUrl: string;
  env?: Record<string, string>;
  /** Runs on the server's database before the e2e user is created. */
  prepare?: (db: TDb) => Promise<void>;
};

/** The real server, in this process, on a free port, with its own database and its e2e users. */
export async function startE2eServer(options: TE2eServerOptions): Promise<TE2eServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "kommmit-e2e-"));
  const database = await createE2eDatabase();
  try {
    const config = loadConfig({
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      KOMMMIT_DATA_DIR: dataDir,
      KOMMMIT_DEMO_DATA: "off",
      // Every test file logs in from 127.0.0.1; the limit itself is tested in session-routes.test.ts.
      KOMMMIT_LOGIN_RATE_LIMIT: "1000",
      // The portal's abuse limits are tested in portal-routes.test.ts; browsers here fill forms in milliseconds.
      KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: "0",
      KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT: "1000",
      KOMMMIT_SELF_REGISTRATION_RATE_LIMIT: "1000",
      DATABASE_URL: database.url ?? "",
      KOMMMIT_SMTP_URL: options.smtpUrl,
      ...options.env,
    });
    const server = await startServer({ config, logger: createLogger(config.logLevel) });
    await options.prepare?.(server.database.db);
    const user = await createE2eUser(server.database.db);
    const enrolmentUser = await createE2eEnrolmentUser(server.database.db);
    const auditor = await createE2eAuditor(server.database.db);
    return {
      url: server.url,
      user,
      enrolmentUser,
      auditor,
      async stop() {
        await server.stop();
        await database.drop();
        await fs.rm(dataDir, { recursive: true, force: true });
        await fs.rm(user.claimDirectory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
