import { createHash } from "node:crypto";
import type pg from "pg";

/**
 * Bounds of the per-connection statement cache. A statement beyond them stays unnamed and is
 * parsed and planned on every execution, as node-postgres does by default.
 */
export type TStatementCacheLimits = {
  /** Named statements one connection keeps; the first ones seen win (hot paths run early). */
  maxStatements: number;
  /** Bulk inserts with many rows have one text per row count: not worth a server-side plan each. */
  maxParameters: number;
  maxTextLength: number;
};

export const defaultStatementCacheLimits: TStatementCacheLimits = {
  maxStatements: 1000,
  maxParameters: 100,
  maxTextLength: 20_000,
};

type TQueryText = { text: string; name?: string; values?: unknown[] };
type TQueryFunction = (...args: unknown[]) => unknown;

function isQueryText(value: unknown): value is TQueryText {
  return typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string";
}

/** The same text always gets the same name; 80 bits of SHA-1 make a collision practically impossible. */
export function statementName(text: string): string {
  return `kommmit_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
}

/**
 * The arguments of one `client.query` call, with a statement name added where the statement is
 * worth preparing: parameterised (so a single statement) and within the limits. node-postgres
 * then sends Parse only the first time a connection sees the name, and PostgreSQL reuses the
 * parsed statement and, once it has judged a generic plan good enough, the plan as well.
 */
function withStatementName(args: unknown[], names: Set<string>, limits: TStatementCacheLimits): unknown[] {
  const [first, second, ...rest] = args;
  const config: TQueryText | undefined =
    typeof first === "string" ? { text: first } : isQueryText(first) ? first : undefined;
  if (!config || config.name !== undefined) return args;
  const values = Array.isArray(second) ? second : config.values;
  if (!values || values.length === 0 || values.length > limits.maxParameters) return args;
  if (config.text.length > limits.maxTextLength) return args;
  const name = statementName(config.text);
  if (!names.has(name)) {
    if (names.size >= limits.maxStatements) return args;
    names.add(name);
  }
  const named = { ...config, name, values };
  return Array.isArray(second) ? [named, ...rest] : [named, second, ...rest];
}

/**
 * Turns on automatic preparation for one pooled connection (as postgres.js and Npgsql offer):
 * every repeated parameterised statement is parsed and planned once per connection instead of on
 * every request. Call it from the pool's onConnect hook, before the connection serves a query.
 */
export function cacheStatementsOf(client: pg.ClientBase, limits = defaultStatementCacheLimits): void {
  const names = new Set<string>();
  const query = client.query.bind(client) as TQueryFunction;
  Object.assign(client, { query: (...args: unknown[]) => query(...withStatementName(args, names, limits)) });
}
