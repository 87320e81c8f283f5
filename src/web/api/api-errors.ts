import type { TProblem } from "../../common/platform/problem.js";

/** The API answered with an error status; problem holds its RFC 9457 body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: TProblem | undefined,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
  }
}

/** The request never got an answer: offline, server down, connection dropped. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("network request failed", { cause });
    this.name = "NetworkError";
  }
}

/** The API answered 2xx, but not with what this client expects (version skew between app and server). */
export class UnexpectedResponseError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`unexpected response from ${path}`, { cause });
    this.name = "UnexpectedResponseError";
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Client errors will not change when repeated; everything else may be transient. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 || error.status === 429;
  return error instanceof NetworkError;
}
