import type { TSex } from "../../../common/arrival/person.js";

/**
 * A validated row as the persons table stores it (column names as in SQL), with its duplicate
 * search keys: the commit inserts these straight from jsonb, so it needs no per-row work.
 */
export type TStagedRecord = {
  given_name: string;
  family_name: string;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  sex: TSex;
  nationalities: string[];
  municipality_ags: string;
  residence_category: string | null;
  arrived_in_germany_on: string | null;
  arrived_in_municipality_on: string | null;
  permit_expires_on: string | null;
  street: string | null;
  postal_code: string | null;
  phone: string | null;
  email: string | null;
  preferred_language: string | null;
  given_keys: string[];
  family_keys: string[];
  family_normalised: string;
};
