import { describe, expect, it } from "vitest";
import { compressedSizes, firstLoadBudgetBytes, measureFirstLoad } from "./first-load-size.js";

describe("first-load size", () => {
  it("counts bytes, not characters, and compresses repetitive markup", () => {
    const arabic = "<p>مرحبًا</p>".repeat(200);
    const sizes = compressedSizes(arabic);
    expect(sizes.raw).toBe(Buffer.byteLength(arabic));
    expect(sizes.raw).toBeGreaterThan(arabic.length);
    expect(sizes.gzip).toBeLessThan(sizes.raw / 10);
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip);
  });

  it("sums the HTML and portal.js, and keeps the service worker apart", () => {
    const { total, figures } = measureFirstLoad({
      html: "<html>ä</html>",
      css: "a{}",
      portalScript: "x()",
      serviceWorker: "s".repeat(5000),
    });
    expect(total.raw).toBe(15 + 3);
    expect(figures["first load budget bytes"]).toBe(firstLoadBudgetBytes);
    expect(figures["sw.js bytes, not in the first load (raw/gzip/brotli)"]).toMatch(/^5000\//);
  });
});
