import { describe, expect, it } from "vitest";
import { safeMediaFileName, sniffMediaType } from "./media-file.js";
import { pngBytes } from "./media-test-files.js";

describe("portal media files", () => {
  it("knows a file by its bytes, not its name", async () => {
    expect(await sniffMediaType(pngBytes)).toBe("image/png");
    expect(await sniffMediaType(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"))).toBe("application/pdf");
    expect(
      await sniffMediaType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>')),
    ).toBe(null);
    expect(await sniffMediaType(Buffer.from("<!doctype html><html><body>hi</body></html>"))).toBe(null);
    expect(await sniffMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBe(null);
  });

  it("keeps a safe name with the extension of what the file is", () => {
    expect(safeMediaFileName("Plan Ä.PDF", "image/png")).toBe("plan-ae.png");
    expect(safeMediaFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeMediaFileName("C:\\Users\\x\\Foto vom Fest (2).jpeg", "image/jpeg")).toBe("foto-vom-fest-2.jpg");
    expect(safeMediaFileName("Café  Überblick__neu.webp", "image/webp")).toBe("cafe-ueberblick-neu.webp");
    expect(safeMediaFileName(".png", "image/png")).toBe("datei.png");
    expect(safeMediaFileName("плакат.pdf", "application/pdf")).toBe("datei.pdf");
    expect(safeMediaFileName(`${"a".repeat(200)}.pdf`, "application/pdf")).toHaveLength(84);
  });
});
