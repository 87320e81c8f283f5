import type { FastifyRequest } from "fastify";
import type { TConfig } from "../config/config.js";

function joinAppLink(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/app/${path.replace(/^\/+/, "")}`;
}

/**
 * The address mailed links start with. KOMMMIT_PUBLIC_URL when set; otherwise the address the
 * request came to, which is right on a loopback evaluation install. Servers reachable by others
 * must set KOMMMIT_PUBLIC_URL, or a forged Host header could point a reset link elsewhere
 * (docs/administration.md).
 */
export function buildAppLink(request: FastifyRequest, publicUrl: string | undefined, path: string): string {
  return joinAppLink(publicUrl ?? `${request.protocol}://${request.host}`, path);
}

/**
 * A link mailed by a background job, which has no request: KOMMMIT_PUBLIC_URL, or else the
 * server's own address (config refuses to mail from a non-loopback host without a public URL).
 */
export function buildJobAppLink(config: Pick<TConfig, "publicUrl" | "host" | "port">, path: string): string {
  return joinAppLink(config.publicUrl ?? `http://${config.host}:${config.port}`, path);
}
