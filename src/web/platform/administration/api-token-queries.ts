import { queryOptions } from "@tanstack/react-query";
import {
  type TApiTokenCreate,
  type TApiTokenCreated,
  ZApiTokenCreated,
  ZApiTokenList,
  ZApiTokenOptions,
} from "../../../common/platform/api-token-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const apiTokensQuery = queryOptions({
  queryKey: ["api-tokens"],
  queryFn: ({ signal }) => requestJson("/api/api-tokens", ZApiTokenList, { signal }),
});

export const apiTokenOptionsQuery = queryOptions({
  queryKey: ["api-tokens", "options"],
  queryFn: ({ signal }) => requestJson("/api/api-tokens/options", ZApiTokenOptions, { signal }),
  staleTime: 5 * 60_000,
});

export function createApiToken(input: TApiTokenCreate): Promise<TApiTokenCreated> {
  return requestJson("/api/api-tokens", ZApiTokenCreated, { method: "POST", body: input });
}

export function revokeApiToken(tokenId: string): Promise<void> {
  return requestWithoutContent(`/api/api-tokens/${encodeURIComponent(tokenId)}`, { method: "DELETE" });
}
