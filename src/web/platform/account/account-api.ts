import { z } from "zod";
import { ZAcceptedForDelivery } from "../../../common/platform/password-schemas.js";
import { type TInvitationAcceptance, ZInvitationPreview } from "../../../common/platform/user-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export function requestPasswordReset(email: string) {
  return requestJson("/api/password-resets", ZAcceptedForDelivery, { method: "POST", body: { email } });
}

export function checkPasswordReset(token: string, signal?: AbortSignal) {
  return requestJson(`/api/password-resets/${token}`, z.object({ email: z.string() }), { signal });
}

export function completePasswordReset(token: string, password: string) {
  return requestWithoutContent(`/api/password-resets/${token}`, { method: "POST", body: { password } });
}

export function previewInvitation(token: string, signal?: AbortSignal) {
  return requestJson(`/api/invitations/${token}`, ZInvitationPreview, { signal });
}

export function acceptInvitation(token: string, body: TInvitationAcceptance) {
  return requestWithoutContent(`/api/invitations/${token}/acceptance`, { method: "POST", body });
}
