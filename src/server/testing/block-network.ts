import net from "node:net";

/**
 * Tests talk only to this machine: any connection to another host fails loudly, so a test can
 * never pass by reaching the internet (ARCHITECTURE.md: network egress blocked in tests).
 */
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const originalConnect = net.Socket.prototype.connect;

function readTargetHost(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path) return undefined;
    return options.host ?? "localhost";
  }
  if (typeof first === "number") return typeof second === "string" ? second : "localhost";
  return undefined;
}

net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const host = readTargetHost(args);
  if (host !== undefined && !loopback.test(host)) {
    throw new Error(`network egress blocked in tests: connection to ${host}`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
