import { isIPv4, isIPv6 } from "node:net";
import type { FastifyRequest } from "fastify";

/** The eight 16-bit groups of an IPv6 address, "::" expanded (an embedded IPv4 tail counts as two groups). */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split("%")[0] ?? address;
  const [head = "", tail] = withoutZone.split("::");
  const toGroups = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!isIPv4(group)) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const front = toGroups(head);
  const back = tail === undefined ? [] : toGroups(tail);
  const missing = 8 - front.length - back.length;
  return [...front, ...Array.from({ length: Math.max(missing, 0) }, () => "0"), ...back].map((group) =>
    group.toLowerCase().padStart(4, "0"),
  );
}

/**
 * The network a client address stands for when counting attempts per client: an IPv4 address
 * itself, an IPv6 address its /64 — one household or phone gets a whole /64 and can rotate
 * through it at will, so counting single IPv6 addresses would let it evade every per-address limit.
 * An IPv4 address written as IPv6 (::ffff:a.b.c.d) counts as the IPv4 address.
 */
export function clientNetwork(address: string): string {
  if (!isIPv6(address.split("%")[0] ?? address)) return address;
  const groups = expandIPv6(address);
  const isMappedIPv4 = groups.slice(0, 5).every((group) => group === "0000") && groups[5] === "ffff";
  if (isMappedIPv4) {
    const high = Number.parseInt(groups[6] ?? "0", 16);
    const low = Number.parseInt(groups[7] ?? "0", 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** @fastify/rate-limit per route (enabled where a route's config asks), counted per client network. */
export const perClientRateLimit = {
  global: false,
  keyGenerator: (request: FastifyRequest) => clientNetwork(request.ip),
};
