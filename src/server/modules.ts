import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { TConfig } from "./platform/config/config.js";
import type { TDatabase } from "./platform/db/database.js";
import type { TJobDefinition, TJobQueue } from "./platform/jobs/job-definition.js";
import { platformModule } from "./platform/platform-module.js";

export type TModuleContext = { database: TDatabase; config: TConfig; jobs: TJobQueue };

/**
 * A product module (PRODUCT.md): its HTTP routes and its background jobs. Adding a module means
 * writing one of these and listing it below; the app and the job runner pick it up from here.
 */
export type TModule = {
  name: string;
  routes?: FastifyPluginAsyncZod<TModuleContext>;
  jobs?: TJobDefinition<object>[];
};

export const modules: TModule[] = [platformModule];

export function allJobDefinitions(list: TModule[] = modules): TJobDefinition<object>[] {
  return list.flatMap((module) => module.jobs ?? []);
}
