import type { TScenario } from "../lib/scenario.js";
import { arrivalImportScenario } from "./arrival-import.js";
import { duplicateCandidatesScenario } from "./duplicate-candidates.js";
import { healthzScenario } from "./healthz.js";
import { municipalitiesListScenario } from "./municipalities-list.js";
import { offerMatchingBatchScenario, offerRankingScenario } from "./offer-matching.js";
import { personReadAccessScenario, personReadLoadScenario, personReadUncachedScenario } from "./person-read-access.js";
import { portalPageScenario, portalSearchScenario } from "./portal.js";
import { steeringDashboardScenario } from "./steering.js";

/** Every scenario `npm run bench` knows, in the order it runs them. Add new ones here. */
export const scenarios: TScenario[] = [
  healthzScenario,
  municipalitiesListScenario,
  personReadAccessScenario,
  personReadUncachedScenario,
  personReadLoadScenario,
  duplicateCandidatesScenario,
  arrivalImportScenario,
  offerRankingScenario,
  offerMatchingBatchScenario,
  portalPageScenario,
  portalSearchScenario,
  steeringDashboardScenario,
];
