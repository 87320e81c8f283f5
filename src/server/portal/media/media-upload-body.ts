import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { addCountedUploadParser } from "../../platform/http/counted-upload-parser.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { resolveRequestLanguage } from "../../platform/http/request-language.js";

/** The content types an upload may declare; what the file is, the server sniffs from its bytes. */
export const mediaUploadTypes = [
  "image/png",
  "image/jpeg",
  "image/webp",
  "application/pdf",
  "application/octet-stream",
];

/** The file's bytes as the parser hands them over; a JSON body is refused (422) before the handler. */
export const ZMediaUploadBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), { message: "Expected the file itself" })
  .meta({ type: "string", format: "binary" });

function tooLarge(request: FastifyRequest, maxBytes: number) {
  const isGerman = resolveRequestLanguage(request) === "de";
  const megabytes = maxBytes / (1024 * 1024);
  const size =
    megabytes >= 1
      ? `${megabytes.toLocaleString(isGerman ? "de-DE" : "en-GB", { maximumFractionDigits: 1 })} MB`
      : `${Math.floor(maxBytes / 1024)} KB`;
  const detail = isGerman
    ? `Eine Datei darf höchstens ${size} groß sein. Bitte verkleinern Sie sie.`
    : `A file may be at most ${size}. Please make it smaller.`;
  return new HttpProblem(413, "portalMediaTooLarge", { detail });
}

/** Reads an upload's bytes up to the limit, with a problem that says how large a file may be. */
export function addMediaUploadParser(app: FastifyInstance, maxBytes: number) {
  addCountedUploadParser(app, {
    contentTypes: mediaUploadTypes,
    maxBytes,
    tooLarge: (request) => tooLarge(request, maxBytes),
  });
}
