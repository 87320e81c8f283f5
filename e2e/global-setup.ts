import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startSmtpTestServer } from "../src/server/testing/smtp-test-server.js";
import { buildWebApp, startE2eServer } from "./support/e2e-server.js";
import { startE2eSso, type TE2eSso } from "./support/e2e-sso.js";
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
    e2eSso: TE2eSso;
  }
}

/**
 * One build, one SMTP server, one OpenID Connect provider and one app server for the whole run;
 * each test file drives its own browser against them. The provider starts before the server (the
 * server's config names its issuer) and learns the server's callback address once it listens.
 */
export default async function setup(project: TestProject) {
  buildWebApp();
  const mailDir = await fs.mkdtemp(path.join(os.tmpdir(), "kommmit-e2e-mail-"));
  const smtp = await startSmtpTestServer((mail) => void storeMail(mailDir, mail));
  const sso = await startE2eSso();
  const stopHelpers = async () => {
    await sso.stop();
    await smtp.close();
    await fs.rm(mailDir, { recursive: true, force: true });
  };
  try {
    const server = await startE2eServer({ smtpUrl: smtp.url, env: sso.env, prepare: sso.prepare });
    sso.connect(server.url);
    project.provide("e2eBaseUrl", server.url);
    project.provide("e2eUser", server.user);
    project.provide("e2eEnrolmentUser", server.enrolmentUser);
    project.provide("e2eAuditor", server.auditor);
    project.provide("e2eMailDir", mailDir);
    project.provide("e2eSso", sso.sso);
    return async () => {
      await server.stop();
      await stopHelpers();
    };
  } catch (error) {
    await stopHelpers();
    throw error;
  }
}
