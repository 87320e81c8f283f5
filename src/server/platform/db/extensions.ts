import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * The extensions every database must offer, in both modes. The first migration creates them;
 * PGlite additionally needs their code bundles loaded on every open.
 */
export const pgliteExtensions = { pg_trgm, fuzzystrmatch, unaccent, btree_gin, cube, earthdistance, pgcrypto };
