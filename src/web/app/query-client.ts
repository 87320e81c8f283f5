import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isRetryable, isUnauthorized } from "../api/api-errors.js";
import { sessionQueryKey } from "../platform/session/session-api.js";

const maxRetries = 2;

/**
 * Server state lives in TanStack Query. A 401 on any query means the session ended (idle timeout,
 * logout elsewhere): the session is set to "none", and the session guard sends the user to login.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (isUnauthorized(error) && query.queryKey[0] !== sessionQueryKey[0]) {
          queryClient.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < maxRetries && isRetryable(error),
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
