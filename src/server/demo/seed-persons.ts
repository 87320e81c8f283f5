import type { TDatabase } from "../platform/db/database.js";
import { createHouseholdGenerator, type TDemoMunicipality } from "./household-generator.js";
import { addHousehold, createPersonBatch, insertPersonBatch, type TPersonBatch } from "./person-batch.js";
import type { TRandom } from "./random.js";

/** Persons per transaction: big enough to keep round trips rare, small enough to keep memory flat. */
const BATCH_PERSONS = 5000;

export type TPersonCounts = { households: number; persons: number; personNames: number };

type TSeedPersonsOptions = {
  random: TRandom;
  municipalities: readonly TDemoMunicipality[];
  persons: number;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Streams households and persons into the database. The next batch is generated while earlier ones
 * are written; a PostgreSQL server takes two batches at once, PGlite has a single backend.
 */
export async function seedPersons(database: TDatabase, options: TSeedPersonsOptions): Promise<TPersonCounts> {
  const { random, persons: total, onProgress } = options;
  const generator = createHouseholdGenerator(random, options.municipalities);
  const maxWritesInFlight = database.kind === "server" ? 2 : 1;
  const writes = new Set<Promise<void>>();
  const counts: TPersonCounts = { households: 0, persons: 0, personNames: 0 };
  let failure: { error: unknown } | undefined;
  let written = 0;

  const startWrite = (batch: TPersonBatch) => {
    const batchPersons = batch.persons.id.length;
    const write: Promise<void> = insertPersonBatch(database.pool, batch)
      .then(
        () => {
          written += batchPersons;
          onProgress?.(written, total);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => writes.delete(write));
    writes.add(write);
  };

  let generated = 0;
  while (generated < total && !failure) {
    const batch = createPersonBatch();
    const batchEnd = Math.min(total, generated + BATCH_PERSONS);
    while (generated < batchEnd) {
      // Households are never cut at a batch boundary, only at the very end.
      const household = generator.next(total - generated);
      addHousehold(batch, household, random.uuid);
      generated += household.members.length;
    }
    counts.households += batch.households.id.length;
    counts.persons += batch.persons.id.length;
    counts.personNames += batch.names.id.length;
    startWrite(batch);
    if (writes.size >= maxWritesInFlight) await Promise.race(writes);
  }
  await Promise.all(writes);
  if (failure) throw failure.error;
  return counts;
}
