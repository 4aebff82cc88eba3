import {
  DEFAULT_VM_OPERATIONS_REMOTE_URL,
  HOST_RUNTIME_CONFIG_PATH,
  type HostRuntimeConfig,
  readVmOperationsPolling,
} from './src/config/hostRuntimeConfig';

/*
 * What the host's servers read from the environment. The dev server (rspack.config.ts) and the
 * production server (scripts/serve.ts) both use these, so `/config.json` and the `/api` proxy
 * behave the same in both.
 */

/** Environment variables, as `process.env` holds them. */
export type HostEnv = Readonly<Record<string, string | undefined>>;

export { HOST_RUNTIME_CONFIG_PATH };

/** Default address of the OMA API, as the backend listens in production. */
export const DEFAULT_OMA_API_URL = 'http://127.0.0.1:8082';

/** Default port of the host's server. */
export const DEFAULT_HOST_PORT = 3000;

/** Headers for the `/config.json` response: it changes per deployment, so never cache it. */
export const HOST_RUNTIME_CONFIG_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

function readSetting(env: HostEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * The body of `/config.json`: `VM_OPERATIONS_REMOTE_URL`, or the local dev remote, and the
 * refresh intervals `VM_OPERATIONS_ACTIVE_POLL_MS` / `VM_OPERATIONS_IDLE_POLL_MS` when set.
 */
export function readHostRuntimeConfig(env: HostEnv): HostRuntimeConfig {
  return {
    vmOperationsRemoteUrl:
      readSetting(env, 'VM_OPERATIONS_REMOTE_URL') ?? DEFAULT_VM_OPERATIONS_REMOTE_URL,
    ...readVmOperationsPolling(env),
  };
}

/** Where `/api` is proxied to: `OMA_API_URL`, or the OMA API on its production port. */
export function readOmaApiUrl(env: HostEnv): string {
  return readSetting(env, 'OMA_API_URL') ?? DEFAULT_OMA_API_URL;
}

/** The address the host's server listens on: `BIND_HOST`, or the loopback interface. */
export function readBindHost(env: HostEnv): string {
  return readSetting(env, 'BIND_HOST') ?? '127.0.0.1';
}

/** The port the host listens on: `HOST_PORT`, or 3000 when it is not set. */
export function readHostPort(env: HostEnv): number {
  const raw = readSetting(env, 'HOST_PORT');
  if (raw === undefined) return DEFAULT_HOST_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port >= 65536) {
    // A typo here would otherwise start the host on a port nobody looks at.
    throw new Error(`HOST_PORT must be a port number (1-65535), got "${raw}".`);
  }
  return port;
}
