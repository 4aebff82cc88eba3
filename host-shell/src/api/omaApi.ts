import { ApiErrorBodySchema } from '@migratekit/oma-api';
import { guardOptionalText, type OperatorText, plainText } from '@migratekit/operator-text';
import { z } from 'zod/mini';

/** Base URL of the OMA API: the host's own origin, proxied to the backend. */
export const OMA_API_BASE_URL = '/api/v1';

/** Why a request to the OMA API failed. */
export type OmaApiFailure = 'network' | 'http' | 'invalid-response';

/** A failed OMA API request; `message` is technical (for logs), see `describeOmaApiError`. */
export class OmaApiError extends Error {
  /** What kind of failure it was. */
  readonly failure: OmaApiFailure;
  /** The HTTP status, when a response arrived. */
  readonly status: number | null;
  /** The backend's `error` text, when its body had one that passes the operator-text guard. */
  readonly serverMessage: string | null;

  constructor(
    failure: OmaApiFailure,
    message: string,
    options: { status?: number | null; serverMessage?: string | null; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OmaApiError';
    this.failure = failure;
    this.status = options.status ?? null;
    this.serverMessage = options.serverMessage ?? null;
  }
}

/** True when the backend answered 404 Not Found. */
export function isNotFound(error: unknown): boolean {
  return error instanceof OmaApiError && error.status === 404;
}

/** True for a 4xx answer: asking again will not change it. */
export function isClientError(error: unknown): boolean {
  return error instanceof OmaApiError && error.status !== null && error.status < 500;
}

/** The body of a response as JSON, or undefined when it is not JSON. */
export async function readJsonBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * GETs `path` (relative to the API base) and parses the body with `schema`. Rejects with an
 * OmaApiError when the API is unreachable, answers with an error status, or sends a body the
 * schema rejects.
 */
export async function getOmaJson<Schema extends z.core.$ZodType>(
  path: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  const url = `${OMA_API_BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new OmaApiError('network', `GET ${url} failed: ${String(error)}`, { cause: error });
  }
  const body = await readJsonBody(response);
  if (!response.ok) {
    const errorBody = ApiErrorBodySchema.safeParse(body);
    throw new OmaApiError('http', `GET ${url} answered ${response.status}`, {
      status: response.status,
      // Kept only when fit for an operator: the backend passes some raw tool output through.
      serverMessage: errorBody.success ? guardOptionalText(errorBody.data.error) : null,
    });
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new OmaApiError(
      'invalid-response',
      `GET ${url} sent a body the dashboard cannot read: ${parsed.error.message}`,
      { status: response.status, cause: parsed.error },
    );
  }
  return parsed.data;
}

/** A plain sentence for an operator about a failed request. */
export function describeOmaApiError(error: unknown): OperatorText {
  if (error instanceof OmaApiError) {
    if (error.failure === 'network') {
      return plainText(
        'The OMA API could not be reached. Check your connection and that the service is running, then try again.',
      );
    }
    if (error.failure === 'invalid-response') {
      return plainText(
        'The OMA API sent an answer the dashboard could not read. Try again; if it keeps happening, contact support.',
      );
    }
    if (error.status !== null && error.status < 500) {
      // The backend's own words for a request it refused, when the policy lets them through.
      return (
        guardOptionalText(error.serverMessage) ??
        plainText(
          'The OMA API refused the request. Try again; if it keeps happening, contact support.',
        )
      );
    }
    return plainText(
      'The OMA API reported a problem. It may be restarting; try again in a moment.',
    );
  }
  return plainText('Something went wrong while talking to the OMA API. Try again in a moment.');
}
