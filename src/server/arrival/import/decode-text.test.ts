import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.js";

// "Müller" in each encoding, written out byte by byte.
const mullerUtf8 = [0x4d, 0xc3, 0xbc, 0x6c, 0x6c, 0x65, 0x72];
const mullerWindows1252 = [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72];
const mullerUtf16le = [0x4d, 0x00, 0xfc, 0x00, 0x6c, 0x00, 0x6c, 0x00, 0x65, 0x00, 0x72, 0x00];

describe("decodeText", () => {
  it("reads UTF-8 without byte order mark", () => {
    expect(decodeText(Uint8Array.from([...mullerUtf8, 0x3b, 0xe2, 0x82, 0xac]))).toEqual({
      text: "Müller;€",
      encoding: "utf-8",
    });
  });

  it("takes plain ASCII as UTF-8", () => {
    expect(decodeText(Uint8Array.from([0x4e, 0x61, 0x6d, 0x65, 0x3b, 0x41]))).toEqual({
      text: "Name;A",
      encoding: "utf-8",
    });
  });

  it("reads UTF-8 with byte order mark and drops the mark", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...mullerUtf8]))).toEqual({
      text: "Müller",
      encoding: "utf-8-bom",
    });
  });

  it("reads UTF-16LE with byte order mark (Excel's Unicode text)", () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...mullerUtf16le, 0x09, 0x00, 0x31, 0x00]))).toEqual({
      text: "Müller\t1",
      encoding: "utf-16le-bom",
    });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    expect(decodeText(Uint8Array.from(mullerWindows1252))).toEqual({ text: "Müller", encoding: "windows-1252" });
  });

  it("maps the Windows-1252 bytes 0x80 to 0x9F to their characters, not to control characters", () => {
    // Straße;€ 5;„Zitat“ – Ende
    const bytes = Buffer.from([
      0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x80, 0x20, 0x35, 0x3b, 0x84, 0x5a, 0x69, 0x74, 0x61, 0x74, 0x93, 0x20,
      0x96, 0x20, 0x45, 0x6e, 0x64, 0x65, 0x3b, 0xc4, 0xd6, 0xdc, 0xe4, 0xf6, 0xfc,
    ]);
    expect(decodeText(bytes)).toEqual({ text: "Straße;€ 5;„Zitat“ – Ende;ÄÖÜäöü", encoding: "windows-1252" });
  });

  it("decodes a view into a larger buffer from its own offset", () => {
    const whole = Buffer.from([0x78, 0x78, ...mullerWindows1252, 0x78]);
    expect(decodeText(whole.subarray(2, 8))).toEqual({ text: "Müller", encoding: "windows-1252" });
  });

  it("takes a cut-off UTF-8 sequence as Windows-1252", () => {
    expect(decodeText(Uint8Array.from([0x4d, 0xc3]))).toEqual({ text: "MÃ", encoding: "windows-1252" });
  });
});
