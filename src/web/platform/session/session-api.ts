import { type TCurrentUser, type TLoginRequest, ZCurrentUser } from "../../../common/platform/session-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";
import { isUnauthorized } from "../../api/api-errors.js";

export const sessionQueryKey = ["session"] as const;

/** The logged-in user, or null when there is no valid session. */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<TCurrentUser | null> {
  try {
    return await requestJson("/api/sessions/current", ZCurrentUser, { signal });
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function createSession(credentials: TLoginRequest): Promise<TCurrentUser> {
  return requestJson("/api/sessions", ZCurrentUser, { method: "POST", body: credentials });
}

export function deleteSession(): Promise<void> {
  return requestWithoutContent("/api/sessions/current", { method: "DELETE" });
}
