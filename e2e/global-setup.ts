import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startSmtpTestServer } from "../src/server/testing/smtp-test-server.js";
import { buildWebApp, startE2eServer } from "./support/e2e-server.js";
import type { TE2eEnrolmentUser, TE2eUser } from "./support/e2e-user.js";
import { storeMail } from "./support/mailbox.js";

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eUser: TE2eUser;
    e2eEnrolmentUser: TE2eEnrolmentUser;
    e2eAuditor: TE2eUser;
    /** Folder where every mail the server sends lands as a JSON file (support/mailbox.ts reads it). */
    e2eMailDir: string;
  }
}

/** One build, one SMTP server and one app server for the whole run; each test file drives its own browser. */
export default async function setup(project: TestProject) {
  buildWebApp();
  const mailDir = await fs.mkdtemp(path.join(os.tmpdir(), "kommmit-e2e-mail-"));
  const smtp = await startSmtpTestServer((mail) => void storeMail(mailDir, mail));
  const server = await startE2eServer({ smtpUrl: smtp.url });
  project.provide("e2eBaseUrl", server.url);
  project.provide("e2eUser", server.user);
  project.provide("e2eEnrolmentUser", server.enrolmentUser);
  project.provide("e2eAuditor", server.auditor);
  project.provide("e2eMailDir", mailDir);
  return async () => {
    await server.stop();
    await smtp.close();
    await fs.rm(mailDir, { recursive: true, force: true });
  };
}
