import { describe, expect, it } from "vitest";
import { clientNetwork } from "./client-network.js";

describe("clientNetwork", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(clientNetwork("192.0.2.17")).toBe("192.0.2.17");
  });

  it("counts every address of one IPv6 /64 as one client, however it is written", () => {
    const network = "2001:0db8:0000:0042::/64";
    expect(clientNetwork("2001:db8:0:42::1")).toBe(network);
    expect(clientNetwork("2001:db8:0:42:a5f1:33ff:fe10:9")).toBe(network);
    expect(clientNetwork("2001:DB8:0:42:0:0:0:ffff")).toBe(network);
    expect(clientNetwork("fe80::1%eth0")).toBe("fe80:0000:0000:0000::/64");
    expect(clientNetwork("2001:db8:0:43::1")).not.toBe(network);
  });

  it("treats an IPv4 address written as IPv6 as the IPv4 address", () => {
    expect(clientNetwork("::ffff:192.0.2.17")).toBe("192.0.2.17");
    expect(clientNetwork("::ffff:c000:211")).toBe("192.0.2.17");
  });

  it("keeps the loopback addresses apart from others", () => {
    expect(clientNetwork("::1")).toBe("0000:0000:0000:0000::/64");
    expect(clientNetwork("127.0.0.1")).toBe("127.0.0.1");
  });
});
