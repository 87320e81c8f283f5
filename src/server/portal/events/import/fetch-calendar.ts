import { lookup as lookupHost } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { TFieldMessageCode } from "../../../../common/platform/field-messages.js";
import { maxCalendarBytes } from "../../../../common/portal/event-import-schemas.js";
import { FieldRuleViolation } from "../../../platform/http/problems.js";
import { isPrivateAddress } from "./private-addresses.js";

export type TCalendarFetchOptions = {
  /** Loopback and private addresses are refused unless allowed (KOMMMIT_EVENT_IMPORT_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts: boolean;
  timeoutMs?: number;
  maxBytes?: number;
};

const defaultTimeoutMs = 10_000;
const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const urlProblem = (code: TFieldMessageCode) => new FieldRuleViolation([{ pointer: "/body/url", code }]);

/** Raised by the lookup when a host name resolves into a refused range. */
class PrivateHostError extends Error {
  readonly code = "EPRIVATEHOST";
}

/** An http or https URL without credentials; anything else is the URL's field error. */
export function checkCalendarUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw urlProblem("portal_event_import_url_invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw urlProblem("portal_event_import_url_invalid");
  if (url.username !== "" || url.password !== "") throw urlProblem("portal_event_import_url_credentials");
  return url;
}

/**
 * Resolves host names as usual but fails when any address is private, so the check holds for the
 * address actually connected to (no gap for DNS rebinding between a check and the request).
 */
function buildLookup(allowPrivateHosts: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookupHost(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      if (!allowPrivateHosts && addresses.some(isPrivateAddress)) {
        return callback(new PrivateHostError(`${hostname} resolves to a private address`), address, family);
      }
      return callback(null, address, family);
    });
  };
}

function toFetchProblem(error: unknown, signal: AbortSignal): FieldRuleViolation {
  if (error instanceof FieldRuleViolation) return error;
  if (signal.aborted) return urlProblem("portal_event_import_url_timeout");
  if (error instanceof PrivateHostError) return urlProblem("portal_event_import_url_private");
  return urlProblem("portal_event_import_url_unreachable");
}

type TAnswer = { redirectTo: URL } | { body: Buffer };

function requestOnce(url: URL, options: Required<TCalendarFetchOptions>, signal: AbortSignal): Promise<TAnswer> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0 && !options.allowPrivateHosts && isPrivateAddress(host)) {
    return Promise.reject(urlProblem("portal_event_import_url_private"));
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(toFetchProblem(error, signal));
    const request = client.get(
      url,
      {
        lookup: buildLookup(options.allowPrivateHosts),
        signal,
        headers: { accept: "text/calendar, */*;q=0.5", "user-agent": "KommMit event import" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (redirectStatuses.has(status) && location) {
          response.resume();
          resolve({ redirectTo: new URL(location, url) });
          return;
        }
        if (status < 200 || status > 299) {
          response.resume();
          fail(urlProblem("portal_event_import_url_unreachable"));
          return;
        }
        const tooLarge = () => {
          request.destroy();
          fail(urlProblem("portal_event_import_too_large"));
        };
        if (Number(response.headers["content-length"] ?? 0) > options.maxBytes) return tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) return tooLarge();
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ body: Buffer.concat(chunks) }));
        response.on("error", fail);
      },
    );
    request.on("error", fail);
  });
}

/**
 * Fetches a calendar over http or https: at most 2 MB (counted while it streams), 10 s in all,
 * up to five redirects (each checked again). Every failure is a field error at /body/url.
 */
export async function fetchCalendar(text: string, options: TCalendarFetchOptions): Promise<Buffer> {
  const settings = { timeoutMs: defaultTimeoutMs, maxBytes: maxCalendarBytes, ...options };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = checkCalendarUrl(text);
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    const answer = await requestOnce(url, settings, signal);
    if ("body" in answer) return answer.body;
    url = checkCalendarUrl(answer.redirectTo.toString());
  }
  throw urlProblem("portal_event_import_url_unreachable");
}
