import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  organisationKinds,
  providerTypes,
  type TOrganisationKind,
  type TProviderType,
} from "../../../common/platform/organisations.js";
import { buildOneOfCheck } from "../db/sql-helpers.js";
import { districts, municipalUnits } from "../reference/reference-tables.js";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").$type<TOrganisationKind>().notNull(),
    name: text("name").notNull(),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    /** Set for kind municipal_unit: the administration this organisation is. */
    municipalUnitKey: text("municipal_unit_key").references(() => municipalUnits.key),
    /** Set for kind provider. */
    providerType: text("provider_type").$type<TProviderType>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("organisations_kind", buildOneOfCheck("kind", organisationKinds)),
    check("organisations_provider_type", buildOneOfCheck("provider_type", providerTypes)),
    // Municipal units name their administration, providers their type; nothing else mixes.
    check(
      "organisations_kind_fields",
      sql`(kind = 'district' and municipal_unit_key is null and provider_type is null)
        or (kind = 'municipal_unit' and municipal_unit_key is not null and provider_type is null)
        or (kind = 'provider' and provider_type is not null and municipal_unit_key is null)`,
    ),
    index("organisations_kind_name").on(table.kind, table.name),
  ],
);
