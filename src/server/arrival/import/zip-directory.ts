/**
 * Reads the table of contents at the end of a zip archive (the "central directory") without unpacking
 * anything. exceljs unpacks the whole workbook into memory, about five times the unpacked size in heap, so
 * the reader checks names and unpacked sizes here first. The sizes are what the archive declares; a forged
 * archive could understate them (see docs/arrival-import.md).
 */

export type TZipDirectory = {
  /** Entry names without a leading slash, as exceljs matches them. */
  names: string[];
  unpackedBytes: number;
};

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const endOfDirectoryLength = 22;
const directoryEntryLength = 46;
const maxCommentLength = 0xffff;
/** A field at its maximum means the real value is in a ZIP64 record. */
const zip64Marks = { count: 0xffff, size: 0xffffffff };

const nameDecoder = new TextDecoder("utf-8");

function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - endOfDirectoryLength - maxCommentLength);
  for (let offset = view.byteLength - endOfDirectoryLength; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === endOfDirectorySignature) return offset;
  }
  return undefined;
}

/**
 * `null` when the archive has no complete directory (cut off or damaged); "zip64" when it uses ZIP64 records,
 * which only archives beyond 4 GiB or 65,535 entries need and which this reader does not follow.
 */
export function readZipDirectory(bytes: Uint8Array): TZipDirectory | "zip64" | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return null;
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === zip64Marks.count || directorySize === zip64Marks.size || directoryOffset === zip64Marks.size) {
    return "zip64";
  }
  if (directoryOffset + directorySize > end) return null;

  const names: string[] = [];
  let unpackedBytes = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + directoryEntryLength > end || view.getUint32(offset, true) !== directoryEntrySignature) return null;
    const unpackedSize = view.getUint32(offset + 24, true);
    if (unpackedSize === zip64Marks.size) return "zip64";
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + directoryEntryLength;
    if (nameStart + nameLength > end) return null;
    names.push(nameDecoder.decode(bytes.subarray(nameStart, nameStart + nameLength)).replace(/^\//, ""));
    unpackedBytes += unpackedSize;
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}
