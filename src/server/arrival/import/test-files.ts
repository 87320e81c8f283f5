/**
 * Helpers for the import tests: catching the problem a reader throws, and files built in code so that every
 * byte a test depends on is visible in the repository.
 */
import { ArrivalFileProblem } from "./arrival-file-problems.js";

/** The problem a synchronous reader throws; fails the test when it throws nothing or something else. */
export function problemOf(action: () => unknown): ArrivalFileProblem {
  try {
    action();
  } catch (error) {
    if (error instanceof ArrivalFileProblem) return error;
    throw error;
  }
  throw new Error("expected an ArrivalFileProblem, but nothing was thrown");
}

/** The problem an asynchronous reader rejects with; fails the test when it succeeds or fails otherwise. */
export async function problemOfReading(reading: Promise<unknown>): Promise<ArrivalFileProblem> {
  const error = await reading.then(
    () => new Error("expected an ArrivalFileProblem, but reading succeeded"),
    (reason: unknown) => reason,
  );
  if (error instanceof ArrivalFileProblem) return error;
  throw error;
}

/** Text as UTF-8 bytes, for CSV tests. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * A zip archive with uncompressed entries and a correct directory. The checksums are left at zero: the
 * directory reader does not check them, and tests that need exceljs to read a file build it with exceljs.
 */
export function buildStoredZip(entries: readonly { name: string; content: string }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const content = utf8(entry.content);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(18, content.byteLength, true);
    local.setUint32(22, content.byteLength, true);
    local.setUint16(26, name.byteLength, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(20, content.byteLength, true);
    central.setUint32(24, content.byteLength, true);
    central.setUint16(28, name.byteLength, true);
    central.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, content);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.byteLength + content.byteLength;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...directory, new Uint8Array(end.buffer)]);
}
