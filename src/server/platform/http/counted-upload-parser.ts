import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Adds a parser for uploaded files (the raw bytes, not JSON), scoped to the plugin it is added to. It counts
 * as it reads and stops at the limit with the caller's problem, which can say how large a file may be
 * (Fastify's own limit would only say "too large"); a declared Content-Length above it is refused before
 * reading.
 */
export function addCountedUploadParser(
  app: FastifyInstance,
  options: { contentTypes: string[]; maxBytes: number; tooLarge: (request: FastifyRequest) => Error },
): void {
  const { contentTypes, maxBytes, tooLarge } = options;
  app.addContentTypeParser(contentTypes, (request, payload, done) => {
    if (Number(request.headers["content-length"] ?? 0) > maxBytes) {
      done(tooLarge(request));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let isFinished = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (isFinished) return;
      isFinished = true;
      done(error, body);
    };
    payload.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      payload.removeAllListeners("data");
      payload.resume();
      finish(tooLarge(request));
    });
    payload.on("end", () => finish(null, Buffer.concat(chunks)));
    payload.on("error", (error) => finish(error));
  });
}
