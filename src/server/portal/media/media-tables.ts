import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { portalMediaTypes, type TPortalMediaType } from "../../../common/portal/media-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { districts, municipalUnits } from "../../platform/reference/reference-tables.js";

/** PostgreSQL's byte array: the file itself (PostgreSQL is the only store). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Images and PDF documents for portal pages: a municipal unit's (owner_unit_key) or district-wide
 * (null), served publicly at /portal/media/{id}/{file_name}. media_type is what the bytes are
 * (sniffed), never what the upload claimed.
 */
export const portalMedia = pgTable(
  "portal_media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerUnitKey: text("owner_unit_key").references(() => municipalUnits.key),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").$type<TPortalMediaType>().notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    /** Hex SHA-256 of the content: the public ETag. */
    sha256: text("sha256").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("portal_media_type", buildOneOfCheck("media_type", portalMediaTypes)),
    index("portal_media_owner").on(table.ownerUnitKey, table.createdAt),
  ],
);
