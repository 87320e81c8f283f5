import type { TDb } from "../../src/server/platform/db/database.js";
import { createE2eStaffUser, type TE2eUser } from "./e2e-user.js";

/** An auditor of the district's data protection office, for the auditor screen (e2e/audit.e2e.test.ts). */
export function createE2eAuditor(db: TDb): Promise<TE2eUser> {
  return createE2eStaffUser(db, {
    email: "e2e.audit@landkreis-osnabrueck.test",
    displayName: "Anna Prüfer",
    organisationName: "Landkreis Osnabrück, Datenschutz",
    role: "auditor",
  });
}
