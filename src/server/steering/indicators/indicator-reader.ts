import type { FastifyRequest } from "fastify";
import { requireActor } from "../../platform/access/route-access.js";
import { resolveRequestLanguage } from "../../platform/http/request-language.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { buildDistrictReach, organisationsGranting } from "../district-reach.js";
import { indicatorPolicy } from "./indicator-policy.js";
import type { TIndicatorReader } from "./indicator-table.js";

/** The request's reader: the districts its grants to read indicators reach, and German or English labels. */
export function indicatorReaderOf(request: FastifyRequest): TIndicatorReader {
  const organisationIds = organisationsGranting(requireActor(request), indicatorPolicy, "read");
  return {
    reach: buildDistrictReach(organisationIds, municipalUnits.districtAgs),
    language: resolveRequestLanguage(request) === "en" ? "en" : "de",
  };
}
