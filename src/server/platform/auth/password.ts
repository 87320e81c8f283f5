import { hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). */
/** algorithm 2 = Argon2id (a const enum upstream, so spelled out here). */
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/** Verifies; for unknown users call with hash undefined so the answer takes as long as for known ones. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("no user has this password, it only costs the same time");
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
