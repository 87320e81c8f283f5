import type { TestProject } from "vitest/node";
import { buildWebApp, startE2eServer } from "./support/e2e-server.js";
import { startE2eSso, type TE2eSso } from "./support/e2e-sso.js";
import type { TE2eUser } from "./support/e2e-user.js";

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eUser: TE2eUser;
    e2eSso: TE2eSso;
  }
}

/**
 * One build, one server and one OpenID Connect provider for the whole run; each test file drives
 * its own browser against them. The provider starts first (the server's config names its issuer)
 * and learns the server's callback address once the server listens.
 */
export default async function setup(project: TestProject) {
  buildWebApp();
  const sso = await startE2eSso();
  try {
    const server = await startE2eServer({ env: sso.env, prepare: sso.prepare });
    sso.connect(server.url);
    project.provide("e2eBaseUrl", server.url);
    project.provide("e2eUser", server.user);
    project.provide("e2eSso", sso.sso);
    return async () => {
      await server.stop();
      await sso.stop();
    };
  } catch (error) {
    await sso.stop();
    throw error;
  }
}
