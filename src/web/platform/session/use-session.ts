import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocation } from "react-router";
import { createSession, deleteSession, fetchCurrentUser, sessionQueryKey } from "./session-api.js";

export function useCurrentUser() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchCurrentUser(signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * Asks the server again on every navigation, so a session that ended elsewhere (logout in
 * another tab, idle timeout, account disabled) leads to the login page at the next click rather
 * than to pages that only look signed in. A navigation is user activity, so this does not keep an
 * idle session alive.
 */
export function useSessionCheckOnNavigation() {
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pathname is the trigger, not an input
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }, [pathname, queryClient]);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess(user) {
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}

/** Logs out and forgets every cached answer, so nothing of the last user stays in this tab's memory. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess() {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
