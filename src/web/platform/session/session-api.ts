import {
  type TEnrolledLogin,
  type TSecondFactorRequest,
  type TTotpCodeRequest,
  type TTotpEnrolment,
  ZEnrolledLogin,
  ZTotpEnrolment,
} from "../../../common/platform/security-schemas.js";
import { type TCurrentUser, type TLoginRequest, ZCurrentUser } from "../../../common/platform/session-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";
import { isUnauthorized } from "../../api/api-errors.js";

export const sessionQueryKey = ["session"] as const;

/** The logged-in user (see user.stage: the session may still wait for its second factor), or null without a session. */
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

/** The second step of a login; the server replaces the session cookie when it completes. */
export function verifySecondFactor(input: TSecondFactorRequest): Promise<TCurrentUser> {
  return requestJson("/api/sessions/current/second-factor", ZCurrentUser, { method: "POST", body: input });
}

export function startLoginEnrolment(): Promise<TTotpEnrolment> {
  return requestJson("/api/sessions/current/second-factor/enrolment", ZTotpEnrolment, { method: "POST", body: {} });
}

export function confirmLoginEnrolment(input: TTotpCodeRequest): Promise<TEnrolledLogin> {
  return requestJson("/api/sessions/current/second-factor/enrolment/confirmation", ZEnrolledLogin, {
    method: "POST",
    body: input,
  });
}
