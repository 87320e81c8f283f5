/**
 * Tells the kind of an upload from its first bytes, never from its name: users rename files, and exports
 * called ".xls" are often HTML or CSV inside.
 */
import type { TUnsupportedFormat } from "./arrival-file-problems.js";

export type TSniffedFormat = { kind: "zip" } | { kind: "text" } | { kind: "unsupported"; detected: TUnsupportedFormat };

const zipLocalFileHeader = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): Excel 97-2003 .xls, also old Word files. */
const oleCompoundFile = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
const utf16leByteOrderMark = [0xff, 0xfe];
/** How far to look for NUL bytes: a text export has none, almost every binary format has some early on. */
const binaryProbeLength = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function sniffFileFormat(bytes: Uint8Array): TSniffedFormat {
  if (startsWith(bytes, zipLocalFileHeader)) return { kind: "zip" };
  if (startsWith(bytes, oleCompoundFile)) return { kind: "unsupported", detected: "xls" };
  if (startsWith(bytes, pdf)) return { kind: "unsupported", detected: "pdf" };
  if (startsWith(bytes, utf16leByteOrderMark)) return { kind: "text" };
  if (bytes.subarray(0, binaryProbeLength).includes(0)) return { kind: "unsupported", detected: "binary" };
  return { kind: "text" };
}

/**
 * Older systems export "Excel" files that are really HTML tables or SpreadsheetML (XML); read as CSV they would
 * give one column of tags, so they are turned away with the hint to save a real workbook.
 */
export function isMarkupText(text: string): boolean {
  return /^<(?:\?xml|!doctype|html|table)\b/i.test(text.trimStart());
}
