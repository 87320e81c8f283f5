import { isDeepStrictEqual } from "node:util";

/** The names of the fields whose values differ, for an audit event's detail (never the values). */
export function listChangedFields<TRecord extends object>(current: TRecord, next: Partial<TRecord>): string[] {
  return (Object.keys(next) as (keyof TRecord & string)[]).filter(
    (field) => !isDeepStrictEqual(current[field], next[field]),
  );
}
