import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { TDb } from "../db/database.js";
import { serverSecrets } from "./secret-tables.js";

/**
 * The installation's secret of this name: the stored one, or a new random one stored now. Two
 * instances starting at once both offer theirs; the first insert wins and both read it back.
 */
export async function findOrCreateSecret(db: TDb, name: string): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name, secret: randomBytes(32).toString("base64") })
    .onConflictDoNothing({ target: serverSecrets.name });
  const [row] = await db
    .select({ secret: serverSecrets.secret })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`server secret ${name} could not be stored`);
  return Buffer.from(row.secret, "base64");
}
