import { eq, like, sql } from "drizzle-orm";
import type pg from "pg";
import { persons } from "../arrival/arrival-tables.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import { advisoryLockKeys, withAdvisoryLock } from "../platform/db/advisory-lock.js";
import type { TDb } from "../platform/db/database.js";
import { organisations } from "../platform/organisations/organisation-tables.js";
import { compareDemoLogins, DEMO_EMAIL_DOMAIN, type TDemoLogin } from "./demo-logins.js";

/** "empty": nothing to protect; "demo": demo data is there; "in_use": real data, never mix demo data in. */
export type TDemoState = "empty" | "demo" | "in_use";

const demoEmailPattern = `%@${DEMO_EMAIL_DOMAIN}`;

export async function readDemoState(db: TDb): Promise<TDemoState> {
  const result = await db.execute<{ has_demo_users: boolean; has_data: boolean }>(sql`
    select exists (select 1 from ${users} where ${users.email} like ${demoEmailPattern}) as has_demo_users,
      exists (select 1 from ${users}) or exists (select 1 from ${organisations}) or exists (select 1 from ${persons})
        as has_data`);
  const row = result.rows[0];
  if (row?.has_demo_users) return "demo";
  return row?.has_data ? "in_use" : "empty";
}

export async function readDemoLogins(db: TDb): Promise<TDemoLogin[]> {
  const rows = await db
    .select({ email: users.email, role: memberships.role, organisation: organisations.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(like(users.email, demoEmailPattern));
  return rows.sort(compareDemoLogins);
}

/** Serialises demo seeding across processes starting at once against one database. */
export function withDemoSeedLock<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  return withAdvisoryLock(pool, advisoryLockKeys.demoSeed, () => work());
}
