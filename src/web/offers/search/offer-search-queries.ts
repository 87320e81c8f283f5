import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { type TOfferSearchQueryInput, ZStaffOfferSearchPage } from "../../../common/offers/offer-search-schemas.js";
import { requestJson } from "../../api/api-client.js";

export const offerSearchPageSize = 20;

/** The parameters as the query string carries them; undefined and empty values are left out. */
function toSearchParams(query: TOfferSearchQueryInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}

/** The staff search (GET /api/offers): published offers valid today within the user's reach. */
export const offerSearchQuery = (query: TOfferSearchQueryInput) =>
  queryOptions({
    queryKey: ["offers", "search", query],
    queryFn: ({ signal }) =>
      requestJson(`/api/offers?${toSearchParams({ ...query, pageSize: offerSearchPageSize })}`, ZStaffOfferSearchPage, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
