import type { TestProject } from "vitest/node";
import { buildWebApp, startE2eServer } from "./support/e2e-server.js";
import type { TE2eEnrolmentUser, TE2eUser } from "./support/e2e-user.js";

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eUser: TE2eUser;
    e2eEnrolmentUser: TE2eEnrolmentUser;
    e2eAuditor: TE2eUser;
  }
}

/** One build and one server for the whole run; each test file drives its own browser against it. */
export default async function setup(project: TestProject) {
  buildWebApp();
  const server = await startE2eServer();
  project.provide("e2eBaseUrl", server.url);
  project.provide("e2eUser", server.user);
  project.provide("e2eEnrolmentUser", server.enrolmentUser);
  project.provide("e2eAuditor", server.auditor);
  return () => server.stop();
}
