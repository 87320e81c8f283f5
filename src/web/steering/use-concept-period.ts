import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { ZIdParams } from "../../common/platform/organisation-schemas.js";
import { fieldsOfActionQuery, municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { conceptEditingOf } from "./concept-editing.js";
import { conceptOrganisationsQuery, conceptPeriodQuery } from "./concept-queries.js";

/**
 * The period of the address with what its pages need beside it: the fields of action (in their
 * order), the district's organisations and municipalities to choose from.
 */
export function useConceptPeriodOfRoute() {
  const { periodId = "" } = useParams();
  const isValid = ZIdParams.safeParse({ id: periodId }).success;
  const period = useQuery({ ...conceptPeriodQuery(periodId), enabled: isValid });
  const fields = useQuery(fieldsOfActionQuery);
  const organisations = useQuery(conceptOrganisationsQuery());
  const municipalities = useQuery(municipalitiesQuery);
  const failed = [period, fields, organisations, municipalities].find((query) => query.isError);
  const editing =
    period.data && fields.data && organisations.data && municipalities.data
      ? conceptEditingOf(period.data, {
          organisations: organisations.data.items,
          municipalities: municipalities.data,
          reload: () => void period.refetch(),
        })
      : undefined;
  return {
    periodId,
    isValid,
    editing,
    fieldsOfAction: [...(fields.data ?? [])].sort((a, b) => a.position - b.position),
    failure: failed?.error ?? null,
    retry: () => void failed?.refetch(),
  };
}
