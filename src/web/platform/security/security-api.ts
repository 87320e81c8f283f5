import {
  type TRecoveryCodes,
  type TTotpCodeRequest,
  type TTotpEnrolment,
  ZActiveSessions,
  ZRecoveryCodes,
  ZSecondFactorStatus,
  ZTotpEnrolment,
} from "../../../common/platform/security-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const secondFactorStatusQueryKey = ["security", "second-factor"] as const;
export const activeSessionsQueryKey = ["security", "sessions"] as const;

export function fetchSecondFactorStatus(signal?: AbortSignal) {
  return requestJson("/api/account/second-factor", ZSecondFactorStatus, { signal });
}

export function startVoluntaryEnrolment(): Promise<TTotpEnrolment> {
  return requestJson("/api/account/second-factor/enrolment", ZTotpEnrolment, { method: "POST", body: {} });
}

export function confirmVoluntaryEnrolment(input: TTotpCodeRequest): Promise<TRecoveryCodes> {
  return requestJson("/api/account/second-factor/enrolment/confirmation", ZRecoveryCodes, {
    method: "POST",
    body: input,
  });
}

export function regenerateRecoveryCodes(input: TTotpCodeRequest): Promise<TRecoveryCodes> {
  return requestJson("/api/account/second-factor/recovery-codes", ZRecoveryCodes, { method: "POST", body: input });
}

export function fetchActiveSessions(signal?: AbortSignal) {
  return requestJson("/api/sessions", ZActiveSessions, { signal });
}

export function endSession(sessionId: string): Promise<void> {
  return requestWithoutContent(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" });
}

export function logOutEverywhere(): Promise<void> {
  return requestWithoutContent("/api/sessions", { method: "DELETE" });
}
