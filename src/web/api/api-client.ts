import type { z } from "zod";
import { ZProblem } from "../../common/platform/problem.js";
import { currentLanguage } from "../i18n/i18n.js";
import { ApiError, NetworkError, UnexpectedResponseError } from "./api-errors.js";

type TMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type TRequestOptions = { method?: TMethod; body?: unknown; signal?: AbortSignal };

async function readProblem(response: Response): Promise<ApiError> {
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.includes("json")) return new ApiError(response.status, undefined);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ZProblem.safeParse(body);
  return new ApiError(response.status, parsed.success ? parsed.data : undefined);
}

/**
 * One request to the KommMit API on the same origin, with the session cookie. Asks for answers
 * (and problem texts) in the UI language; throws ApiError, NetworkError or UnexpectedResponseError.
 */
async function send(path: string, { method = "GET", body, signal }: TRequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    "accept-language": currentLanguage(),
  };
  // A file (an uploaded arrival list) goes as it is; everything else as JSON.
  const isFile = body instanceof Blob;
  if (body !== undefined) headers["content-type"] = isFile ? "application/octet-stream" : "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await readProblem(response);
  return response;
}

/** Requests JSON and checks it against the shared zod schema, so a mismatch fails loudly here. */
export async function requestJson<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: TRequestOptions = {},
): Promise<z.output<TSchema>> {
  const response = await send(path, options);
  const body: unknown = await response.json().catch((error: unknown) => {
    throw new UnexpectedResponseError(path, error);
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error);
  return parsed.data;
}

/** For requests answered with 204 No Content. */
export async function requestWithoutContent(path: string, options: TRequestOptions = {}): Promise<void> {
  await send(path, options);
}
