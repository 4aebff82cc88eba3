import * as v from 'valibot';
import { OmaApiError } from './errors';
import { ApiErrorBodySchema } from './schemas';

/** How long a request may take before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How requests are made: the host's `fetch`, headers and credentials mode, if it gave any. */
export interface OmaRequestOptions {
  /** Replaces the page's `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Added to every request. */
  headers?: Readonly<Record<string, string>>;
  /** `fetch`'s credentials mode. */
  credentials?: RequestCredentials;
}

export interface FetchFromOmaOptions {
  /** The host's way of making requests (see OmaRequestOptions). */
  request?: OmaRequestOptions;
  /** Cancels the request; the abort is rethrown as it is, not as an OmaApiError. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with kind `timeout` (default 15000). */
  timeoutMs?: number;
}

// Marks an abort as ours (the timeout), to tell it from the caller's.
const TIMEOUT_REASON = Symbol('oma-request-timeout');

/** Longest server error text kept in a detail, so a dumped page cannot flood the console. */
const MAX_DETAIL_BODY = 500;

/** The JSON of an error answer's body, or undefined when it is none. */
function jsonOrUndefined(bodyText: string): unknown {
  try {
    return JSON.parse(bodyText);
  } catch {
    return undefined;
  }
}

/** The server's `error` text when its body has one, else the body's start. */
function describeServerError(bodyText: string, json: unknown): string {
  if (json === undefined) return bodyText.trim().slice(0, MAX_DETAIL_BODY) || 'empty body';
  const body = v.safeParse(ApiErrorBodySchema, json);
  if (body.success && body.output.error !== null) return body.output.error;
  return bodyText.slice(0, MAX_DETAIL_BODY);
}

/**
 * GETs `url` from the OMA API and parses the JSON body with `schema`. Every failure is an
 * OmaApiError: no response (`network`), too slow (`timeout`), 404 (`not_found`), another
 * non-2xx (`http`), a body that is not JSON (`malformed`) or not the expected shape (`shape`).
 */
export function fetchFromOma<T>(
  url: string,
  schema: v.GenericSchema<unknown, T>,
  options: FetchFromOmaOptions = {},
): Promise<T> {
  return requestFromOma('GET', url, undefined, schema, options);
}

/**
 * POSTs `body` as JSON to `url` and parses the answer with `schema`; fails as `fetchFromOma`
 * does. A refusal's JSON body stays on the error as `responseBody`, for the caller to read
 * through its own schema.
 */
export function postToOma<T>(
  url: string,
  body: unknown,
  schema: v.GenericSchema<unknown, T>,
  options: FetchFromOmaOptions = {},
): Promise<T> {
  return requestFromOma('POST', url, JSON.stringify(body), schema, options);
}

async function requestFromOma<T>(
  method: 'GET' | 'POST',
  url: string,
  requestBody: string | undefined,
  schema: v.GenericSchema<unknown, T>,
  options: FetchFromOmaOptions,
): Promise<T> {
  const { signal: callerSignal, timeoutMs = DEFAULT_TIMEOUT_MS, request = {} } = options;
  const send = request.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  callerSignal?.throwIfAborted();

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT_REASON), timeoutMs);

  const failure = (
    error: unknown,
    kind: 'network' | 'malformed',
    what: string,
    status: number | null = null,
  ): never => {
    if (controller.signal.reason === TIMEOUT_REASON) {
      throw new OmaApiError({
        kind: 'timeout',
        detail: `${method} ${url} did not answer within ${timeoutMs} ms`,
        url,
        cause: error,
      });
    }
    if (callerSignal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new OmaApiError({
      kind,
      status,
      detail: `${method} ${url}: ${what}: ${reason}`,
      url,
      cause: error,
    });
  };

  try {
    let response: Response;
    try {
      response = await send(url, {
        method,
        headers: {
          ...request.headers,
          Accept: 'application/json',
          ...(requestBody === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(requestBody === undefined ? {} : { body: requestBody }),
        signal: controller.signal,
        ...(request.credentials ? { credentials: request.credentials } : {}),
      });
    } catch (error) {
      return failure(error, 'network', 'request failed');
    }

    let bodyText: string;
    try {
      bodyText = await response.text();
    } catch (error) {
      return failure(error, 'network', 'reading the response failed');
    }

    if (!response.ok) {
      const errorJson = jsonOrUndefined(bodyText);
      throw new OmaApiError({
        kind: response.status === 404 ? 'not_found' : 'http',
        status: response.status,
        detail: `${method} ${url} answered ${response.status}: ${describeServerError(bodyText, errorJson)}`,
        url,
        responseBody: errorJson,
      });
    }

    let json: unknown;
    try {
      json = JSON.parse(bodyText);
    } catch (error) {
      return failure(error, 'malformed', 'the body is not JSON', response.status);
    }

    const parsed = v.safeParse(schema, json);
    if (!parsed.success) {
      throw new OmaApiError({
        kind: 'shape',
        status: response.status,
        detail: `${method} ${url} returned an unexpected shape: ${v.summarize(parsed.issues)}`,
        url,
        cause: parsed.issues,
      });
    }
    return parsed.output;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}
