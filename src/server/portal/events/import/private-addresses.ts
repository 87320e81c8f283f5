import { BlockList, isIP } from "node:net";

/**
 * Addresses a fetched calendar must not come from unless private hosts are allowed: loopback,
 * private and shared ranges, link-local, unique-local, multicast and reserved ones (SSRF guard).
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1 or ::ffff:a00:1), as IPv4; otherwise null. */
function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return null;
  if (match[1]) return match[1];
  const high = Number.parseInt(match[2] ?? "0", 16);
  const low = Number.parseInt(match[3] ?? "0", 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Whether an IP address (v4 or v6, without brackets) lies in a range the import refuses. */
export function isPrivateAddress(address: string): boolean {
  const ipv4 = isIP(address) === 4 ? address : mappedIpv4(address);
  if (ipv4 !== null) return blocked.check(ipv4, "ipv4");
  return isIP(address) === 6 ? blocked.check(address, "ipv6") : true;
}
