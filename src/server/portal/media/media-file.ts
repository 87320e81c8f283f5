import { fileTypeFromBuffer } from "file-type";
import { portalMediaTypes, type TPortalMediaType } from "../../../common/portal/media-schemas.js";

const extensionOf: Record<TPortalMediaType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/**
 * What the bytes are, by their signature (file-type): PNG, JPEG, WebP or PDF; anything else,
 * SVG and HTML included, is null. The name and the declared content type are never trusted.
 */
export async function sniffMediaType(bytes: Uint8Array): Promise<TPortalMediaType | null> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime;
  return mime !== undefined && (portalMediaTypes as readonly string[]).includes(mime)
    ? (mime as TPortalMediaType)
    : null;
}

/**
 * The name the portal serves a file under: no folders, lower-case letters, digits, hyphens and
 * underscores (umlauts spelled out, accents dropped), at most 80 characters, and the extension of
 * the type the bytes are — so "Plan Ä.PDF" holding a PNG becomes "plan-ae.png".
 */
export function safeMediaFileName(original: string, mediaType: TPortalMediaType): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  const cleaned = stem
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replaceAll(/[\u0300-\u036f]/g, "")
    .replaceAll(/[^a-z0-9_]+/g, "-")
    .replaceAll(/[-_]{2,}/g, "-")
    .slice(0, 80)
    .replaceAll(/^[-_]+|[-_]+$/g, "");
  return `${cleaned === "" ? "datei" : cleaned}.${extensionOf[mediaType]}`;
}
