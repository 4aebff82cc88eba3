/**
 * Why the VmOperations remote could not be shown:
 * - `not-configured`: the host's `/config.json` could not be read, so the remote's URL is unknown;
 * - `unreachable`: its manifest or remote entry could not be fetched or did not work;
 * - `chunk-load`: one of its code chunks (or stylesheets) failed to download;
 * - `incompatible`: it was built against another major version of the props contract, or does
 *   not expose what the host asks for;
 * - `render`: it threw while rendering.
 */
export type RemoteFailureKind =
  | 'not-configured'
  | 'unreachable'
  | 'chunk-load'
  | 'incompatible'
  | 'render';

const ERROR_NAME = 'RemoteLoadError';

/** A typed failure to load or run a module of the remote; `message` is technical (for logs). */
export class RemoteLoadError extends Error {
  /** What went wrong, in the terms the operator's message is chosen by. */
  readonly kind: RemoteFailureKind;
  /** The federation request, e.g. `vm_operations/VmOperations`, when known. */
  readonly request: string | null;

  constructor(
    kind: RemoteFailureKind,
    message: string,
    options: { cause?: unknown; request?: string | null } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = ERROR_NAME;
    this.kind = kind;
    this.request = options.request ?? null;
  }
}

/**
 * True for a RemoteLoadError. Checked by name as well as by class: the runtime plugin is bundled
 * into the host's federation runtime, which need not share this module instance.
 */
export function isRemoteLoadError(error: unknown): error is RemoteLoadError {
  return (
    error instanceof RemoteLoadError ||
    (error instanceof Error &&
      error.name === ERROR_NAME &&
      typeof (error as Partial<RemoteLoadError>).kind === 'string')
  );
}

/** Webpack/Rspack chunk loading rejects with a `ChunkLoadError` ("Loading chunk 42 failed."). */
function isChunkLoadError(error: Error): boolean {
  return (
    error.name === 'ChunkLoadError' ||
    /Loading (CSS )?chunk \S+ failed/i.test(error.message) ||
    // What browsers report when a native dynamic import() of a chunk fails.
    /Failed to fetch dynamically imported module|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

// Federation runtime error codes (in `#RUNTIME-0xx` of their messages) that mean the remote did
// not provide a working module for the request, rather than that it could not be reached.
const INCOMPATIBLE_RUNTIME_CODES = ['RUNTIME-012', 'RUNTIME-014', 'RUNTIME-015'];

/**
 * The kind of a failure. `whileRendering` tells apart an error thrown by the remote's component
 * (`render`) from one raised while fetching it (`unreachable` unless recognised otherwise).
 */
export function classifyRemoteError(
  error: unknown,
  { whileRendering = false }: { whileRendering?: boolean } = {},
): RemoteFailureKind {
  if (isRemoteLoadError(error)) return error.kind;
  if (error instanceof Error) {
    if (isChunkLoadError(error)) return 'chunk-load';
    if (INCOMPATIBLE_RUNTIME_CODES.some((code) => error.message.includes(code))) {
      return 'incompatible';
    }
  }
  return whileRendering ? 'render' : 'unreachable';
}

/** `error` as a RemoteLoadError (kept as is when it already is one). */
export function toRemoteLoadError(error: unknown, request: string | null): RemoteLoadError {
  if (isRemoteLoadError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RemoteLoadError(
    classifyRemoteError(error),
    `Loading ${request ?? 'the remote'} failed: ${message}`,
    { cause: error, request },
  );
}
