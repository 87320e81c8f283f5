import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { ZPersonMatches } from "../../../common/offers/match-schemas.js";
import { requestJson } from "../../api/api-client.js";

/** Offers matched to the person's open needs; the server audits the read and records unmet needs. */
export const personMatchesQuery = (personId: string, includeExcluded: boolean) =>
  queryOptions({
    queryKey: ["persons", "matches", personId, includeExcluded],
    queryFn: ({ signal }) =>
      requestJson(
        `/api/persons/${encodeURIComponent(personId)}/matches?includeExcluded=${String(includeExcluded)}`,
        ZPersonMatches,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
