import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { arrivalModule } from "./arrival/arrival-module.js";
import type { TPersonMergePart } from "./arrival/persons/person-merge-parts.js";
import type { TPersonScopeContribution } from "./arrival/persons/person-scope.js";
import { counsellingModule } from "./counselling/counselling-module.js";
import { offersModule } from "./offers/offers-module.js";
import type { TConfig } from "./platform/config/config.js";
import type { TDatabase, TDb } from "./platform/db/database.js";
import type { TJobDefinition, TJobQueue } from "./platform/jobs/job-definition.js";
import { platformModule } from "./platform/platform-module.js";
import { portalModule } from "./portal/portal-module.js";
import { steeringModule } from "./steering/steering-module.js";

export type TModuleContext = { database: TDatabase; config: TConfig; jobs: TJobQueue };

/**
 * A product module (PRODUCT.md): its HTTP routes and its background jobs. Adding a module means
 * writing one of these and listing it below; the app and the job runner pick it up from here.
 */
export type TModule = {
  name: string;
  routes?: FastifyPluginAsyncZod<TModuleContext>;
  jobs?: TJobDefinition<object>[];
  /** Further ways a grant reaches persons (e.g. referrals), added to the person data access layer's scope. */
  personScopes?: TPersonScopeContribution[];
  /** Tables whose rows belong to a person and move with them when two person records are merged. */
  personMergeParts?: TPersonMergePart[];
  /** Data kept in the repository that every start loads after the migrations (privacy notices, …). */
  seed?: (db: TDb) => Promise<void>;
};

export const modules: TModule[] = [
  platformModule,
  arrivalModule,
  counsellingModule,
  offersModule,
  portalModule,
  steeringModule,
];

export function allJobDefinitions(list: TModule[] = modules): TJobDefinition<object>[] {
  return list.flatMap((module) => module.jobs ?? []);
}
