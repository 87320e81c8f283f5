import type { TCurrentUser } from "../../../common/platform/session-schemas.js";
import { useCurrentUser } from "./use-session.js";

/** The logged-in user, for pages behind RequireSession (which renders nothing else without one). */
export function useSignedInUser(): TCurrentUser {
  const { data } = useCurrentUser();
  if (data?.stage !== "complete") throw new Error("useSignedInUser is only for pages behind RequireSession");
  return data;
}
