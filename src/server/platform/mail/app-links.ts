import type { FastifyRequest } from "fastify";

/**
 * The address mailed links start with. KOMMMIT_PUBLIC_URL when set; otherwise the address the
 * request came to, which is right on a loopback evaluation install. Servers reachable by others
 * must set KOMMMIT_PUBLIC_URL, or a forged Host header could point a reset link elsewhere
 * (docs/administration.md).
 */
export function buildAppLink(request: FastifyRequest, publicUrl: string | undefined, path: string): string {
  const base = publicUrl ?? `${request.protocol}://${request.host}`;
  return `${base.replace(/\/+$/, "")}/app/${path.replace(/^\/+/, "")}`;
}
