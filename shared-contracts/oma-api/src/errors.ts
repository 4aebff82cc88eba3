/** Why a request to the OMA API failed. */
export type ApiErrorKind = 'network' | 'timeout' | 'not_found' | 'http' | 'malformed' | 'shape';

const USER_MESSAGES: Record<ApiErrorKind, string> = {
  network: 'The migration service could not be reached. Check your connection and try again.',
  timeout: 'The migration service took too long to respond. Try again in a moment.',
  not_found: 'The migration service has no record of this VM.',
  http: 'The migration service reported a problem. Try again in a moment.',
  malformed:
    'The migration service sent a response that could not be read. Try again, or contact support if this continues.',
  shape:
    'The migration service sent data in an unexpected format. Try again, or contact support if this continues.',
};

function userMessageFor(kind: ApiErrorKind, status: number | null): string {
  if (kind === 'http' && (status === 401 || status === 403)) {
    return 'You do not have permission to view this information. Sign in again or ask an administrator.';
  }
  if (kind === 'http' && status !== null && status >= 400 && status < 500) {
    return 'The migration service could not handle this request. Reload the page, or contact support if this continues.';
  }
  return USER_MESSAGES[kind];
}

export interface OmaApiErrorInit {
  kind: ApiErrorKind;
  /** HTTP status when a response arrived, else null. */
  status?: number | null;
  /** What went wrong, for the console and support; never shown to operators. */
  detail: string;
  /** Overrides the plain message derived from `kind` and `status`. */
  userMessage?: string;
  /** The request URL, for diagnostics. */
  url?: string | null;
  /** The JSON body of an error answer (a refusal's reasons), when it had one. */
  responseBody?: unknown;
  cause?: unknown;
}

/**
 * A failed OMA API request. `userMessage` is plain text an operator may see; `detail` (also
 * the error's `message`) may hold server text or paths and belongs in the console only.
 */
export class OmaApiError extends Error {
  override readonly name = 'OmaApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly userMessage: string;
  readonly detail: string;
  readonly url: string | null;
  /**
   * The JSON body of a non-2xx answer, else null. Server text: read it through a schema and
   * the operator-text policy before showing or logging any of it.
   */
  declare readonly responseBody: unknown;

  constructor(init: OmaApiErrorInit) {
    super(init.detail, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.detail = init.detail;
    this.url = init.url ?? null;
    // Not enumerable: logging the error (or JSON.stringify) must not print the server's body.
    Object.defineProperty(this, 'responseBody', { value: init.responseBody ?? null });
    this.userMessage = init.userMessage ?? userMessageFor(init.kind, this.status);
  }

  /** True for failures that may pass on their own (worth retrying automatically). */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status === null || this.status >= 500 || this.status === 429))
    );
  }
}

export function isOmaApiError(value: unknown): value is OmaApiError {
  return value instanceof OmaApiError;
}

/** Any thrown value as an OmaApiError, so callers always have a plain message to show. */
export function toOmaApiError(value: unknown): OmaApiError {
  if (isOmaApiError(value)) return value;
  const detail = value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  return new OmaApiError({ kind: 'network', detail, cause: value });
}
