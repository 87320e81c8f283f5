import { eq } from "drizzle-orm";
import type { TOrganisation, TOrganisationAction } from "../../../common/platform/organisation-schemas.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { selectOrganisations, toOrganisation } from "./organisation-rows.js";
import { organisations } from "./organisation-tables.js";

/**
 * One organisation, if the actor may take the action on it. Organisations are no secret inside
 * the installation, so one out of reach is 403 (persons and users are 404).
 */
export async function findOrganisation(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  id: string,
  action: TOrganisationAction,
): Promise<TOrganisation> {
  const [row] = await selectOrganisations(db, eq(organisations.id, id));
  if (!row) throw new HttpProblem(404, "notFound");
  const organisation = toOrganisation(actor, row);
  if (!organisation.allowedActions.includes(action)) throw new HttpProblem(403, "forbidden");
  return organisation;
}
