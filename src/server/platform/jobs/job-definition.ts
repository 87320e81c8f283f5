import type { FastifyBaseLogger } from "fastify";
import type { ZodType } from "zod";
import type { TConfig } from "../config/config.js";
import type { TDatabase } from "../db/database.js";

export type TJobContext = { database: TDatabase; logger: FastifyBaseLogger; config: TConfig };

/**
 * A background job a module offers. Name it `<module>-<what>` (letters, digits, hyphens).
 * With a schedule, pg-boss runs it by cron (Europe/Berlin unless said otherwise) on exactly one
 * instance; without, modules enqueue it through TJobQueue.send.
 */
export type TJobDefinition<TData extends object> = {
  name: string;
  description: string;
  data: ZodType<TData>;
  schedule?: { cron: string; timezone?: string };
  retryLimit?: number;
  run(data: TData, context: TJobContext): Promise<void>;
};

/**
 * Checks a definition against its own data type, then widens it so definitions of different data
 * types fit in one list; at run time the data is parsed with the job's own schema before `run`.
 */
export function defineJob<TData extends object>(definition: TJobDefinition<TData>): TJobDefinition<object> {
  return definition as unknown as TJobDefinition<object>;
}

export type TJobQueue = {
  /** Enqueues a job; returns the job id. The data is validated against the job's schema first. */
  send(name: string, data: object): Promise<string>;
};
