/**
 * Turns the bytes of a text export into a string. Exports of German authorities come as UTF-8 (with or
 * without byte order mark), as UTF-16 from Excel's "Unicode text", or as Windows-1252 from older systems.
 */

export type TTextEncoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "windows-1252";

export type TDecodedText = { text: string; encoding: TTextEncoding };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * Windows-1252 characters for the bytes 0x80 to 0x9F (WHATWG encoding index); all other bytes are the code
 * point of the same number. Node 20 since 20.18.3 decodes "windows-1252" as Latin-1 and so turns 0x80 into a
 * control character instead of "€" (nodejs/node#60888), hence this table instead of TextDecoder.
 */
const windows1252Specials =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009F]/g, (character) => windows1252Specials.charAt(character.charCodeAt(0) - 0x80));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * A byte order mark decides; without one, text that is valid UTF-8 is UTF-8 (bytes above 0x7F in Windows-1252
 * text almost never form valid UTF-8 sequences), anything else is Windows-1252, which has a character for
 * every byte and so never fails.
 */
export function decodeText(bytes: Uint8Array): TDecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: "utf-16le-bom" };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
