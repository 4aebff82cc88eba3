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

/**
 * The OMA API's origin from a setting's value: an `http:` or `https:` URL with no path, query,
 * fragment or credentials. Throws a message naming the setting and an example otherwise, so a
 * typo stops the server at start-up instead of failing every API call.
 */
export function parseOmaApiUrl(value: string, name = 'OMA_API_URL'): string {
  const problem = `${name} must be the OMA API's origin, e.g. http://127.0.0.1:8082 or https://oma.example:8443, got "${value}"`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${problem}: not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${problem}: only http: and https: are supported.`);
  }
  if (url.username || url.password) throw new Error(`${problem}: no user name or password.`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${problem}: no path, query or #fragment (/api/… is added to it).`);
  }
  return url.origin;
}

/** Where `/api` is proxied to: `OMA_API_URL` (checked), or the OMA API on its production port. */
export function readOmaApiUrl(env: HostEnv): string {
  const value = readSetting(env, 'OMA_API_URL');
  return value === undefined ? DEFAULT_OMA_API_URL : parseOmaApiUrl(value);
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
