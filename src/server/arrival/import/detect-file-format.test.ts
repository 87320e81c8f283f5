import { describe, expect, it } from "vitest";
import { isMarkupText, sniffFileFormat } from "./detect-file-format.js";
import { utf8 } from "./test-files.js";

describe("sniffFileFormat", () => {
  it.each([
    ["a zip archive", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), { kind: "zip" }],
    [
      "an OLE compound file",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]),
      { kind: "unsupported", detected: "xls" },
    ],
    ["a PDF", utf8("%PDF-1.4\n"), { kind: "unsupported", detected: "pdf" }],
    [
      "UTF-16LE text, whose NUL bytes are part of the text",
      Uint8Array.from([0xff, 0xfe, 0x41, 0x00]),
      { kind: "text" },
    ],
    [
      "a JPEG image",
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      { kind: "unsupported", detected: "binary" },
    ],
    ["semicolon text", utf8("Name;Ort\n"), { kind: "text" }],
  ])("takes %s for what it is", (_, bytes, format) => {
    expect(sniffFileFormat(bytes)).toEqual(format);
  });

  it("looks for NUL bytes only at the start, where binary formats have them", () => {
    const text = new Uint8Array(9000).fill(0x41);
    text[8500] = 0;
    expect(sniffFileFormat(text)).toEqual({ kind: "text" });
    text[100] = 0;
    expect(sniffFileFormat(text)).toEqual({ kind: "unsupported", detected: "binary" });
  });
});

describe("isMarkupText", () => {
  it.each(["<html><table>", '\r\n  <?xml version="1.0"?>', "<!DOCTYPE html>", "<TABLE border=1>"])(
    "recognises %j",
    (text) => {
      expect(isMarkupText(text)).toBe(true);
    },
  );

  it.each(["Name;Ort", "<Name>;Ort", "<htmlish;x"])("leaves %j to the CSV reader", (text) => {
    expect(isMarkupText(text)).toBe(false);
  });
});
