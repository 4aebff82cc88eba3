import type {
  LastOperationBadgeModule,
  VmOperationsModule,
} from '@migratekit/vm-operations-contract';
import {
  LAST_OPERATION_BADGE_REQUEST,
  VM_OPERATIONS_REMOTE_NAME,
  VM_OPERATIONS_REQUEST,
} from './federationNames';
import { type RemoteFailureKind, RemoteLoadError, toRemoteLoadError } from './RemoteLoadError';
import type { RemoteLoader, RemoteLoadOptions } from './RemoteLoader';

/** The part of the Module Federation runtime the loader uses (a stand-in in unit tests). */
export interface FederationRuntime {
  registerRemotes(
    remotes: Array<{ name: string; entry: string }>,
    options?: { force?: boolean },
  ): void;
  loadRemote<T>(request: string): Promise<T | null>;
}

export interface FederationRemoteLoaderOptions {
  /** The federation runtime, already initialised for the host. */
  runtime: FederationRuntime;
  /** Resolves the URL of the remote's manifest; rejects when the host's config is unavailable. */
  getManifestUrl: () => Promise<string>;
  /** Attempts per load when the failure may be transient (unreachable, chunk); 3 by default. */
  maxAttempts?: number;
  /** Wait before the first automatic retry in ms, doubled for each further one; 500 by default. */
  retryDelayMs?: number;
  /**
   * How long one load (its automatic retries included) may take before it fails as
   * `unreachable`, in ms; `DEFAULT_REMOTE_LOAD_TIMEOUT_MS` by default.
   */
  loadTimeoutMs?: number;
}

/**
 * A remote that accepts the connection but never answers would otherwise leave "Loading…" on
 * screen for good; after this long the load fails and the page offers Retry.
 */
export const DEFAULT_REMOTE_LOAD_TIMEOUT_MS = 15_000;

// A server restarting or a flaky network may be over a second later; a wrong contract is not.
const TRANSIENT_KINDS: readonly RemoteFailureKind[] = ['unreachable', 'chunk-load'];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A RemoteLoader over the Module Federation runtime. The remote is registered when first needed
 * (its URL comes from `/config.json`), transient failures are retried a bounded number of times,
 * and after any failure, or when asked for a fresh load, the remote is registered again with
 * `force: true`: that makes the runtime forget the cached manifest, remote entry and container,
 * so a remote that was down, or was redeployed, is fetched anew without reloading the page. A
 * load that has not finished after `loadTimeoutMs` fails as `unreachable`, so a remote that
 * never answers ends in the same "unavailable" state, with Retry, as one that is down.
 */
export function createFederationRemoteLoader({
  runtime,
  getManifestUrl,
  maxAttempts = 3,
  retryDelayMs = 500,
  loadTimeoutMs = DEFAULT_REMOTE_LOAD_TIMEOUT_MS,
}: FederationRemoteLoaderOptions): RemoteLoader {
  let registeredUrl: string | null = null;
  let mustReregister = false;
  const inFlight = new Map<string, Promise<unknown>>();

  async function register(): Promise<void> {
    let manifestUrl: string;
    try {
      manifestUrl = await getManifestUrl();
    } catch (error) {
      throw new RemoteLoadError(
        'not-configured',
        `The remote's URL is unknown: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    if (manifestUrl === registeredUrl && !mustReregister) return;
    // `force` replaces a registered remote and clears its caches; the first registration has none.
    runtime.registerRemotes([{ name: VM_OPERATIONS_REMOTE_NAME, entry: manifestUrl }], {
      force: registeredUrl !== null,
    });
    registeredUrl = manifestUrl;
    mustReregister = false;
  }

  async function loadWithRetries<T>(request: string, abandoned: () => boolean): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        await register();
        const loaded = await runtime.loadRemote<T>(request);
        if (loaded === null || loaded === undefined) {
          throw new RemoteLoadError('incompatible', `${request} resolved to no module.`, {
            request,
          });
        }
        return loaded;
      } catch (error) {
        const failure = toRemoteLoadError(error, request);
        if (failure.kind !== 'not-configured') mustReregister = true;
        if (!TRANSIENT_KINDS.includes(failure.kind) || attempt >= maxAttempts) throw failure;
        // The caller has given up on this load already; do not start another attempt.
        if (abandoned()) throw failure;
        console.warn(`[dashboard] ${failure.message} Retrying (attempt ${attempt + 1}).`);
        await sleep(retryDelayMs * 2 ** (attempt - 1));
        if (abandoned()) throw failure;
      }
    }
  }

  function load<T>(request: string, { fresh = false }: RemoteLoadOptions = {}): Promise<T> {
    const pending = inFlight.get(request);
    if (pending && !fresh) return pending as Promise<T>;
    if (fresh) mustReregister = true;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        // Whatever the runtime holds for the hung load is dropped before the next one.
        mustReregister = true;
        reject(
          new RemoteLoadError(
            'unreachable',
            `Loading ${request} did not finish within ${Math.round(loadTimeoutMs / 1000)} s.`,
            { request },
          ),
        );
      }, loadTimeoutMs);
    });
    const loading = Promise.race([loadWithRetries<T>(request, () => timedOut), deadline]).finally(
      () => {
        clearTimeout(timer);
        if (inFlight.get(request) === loading) inFlight.delete(request);
      },
    );
    inFlight.set(request, loading);
    return loading;
  }

  return {
    loadVmOperations: (options) => load<VmOperationsModule>(VM_OPERATIONS_REQUEST, options),
    loadLastOperationBadge: (options) =>
      load<LastOperationBadgeModule>(LAST_OPERATION_BADGE_REQUEST, options),
  };
}
