import {
  RUNTIME_POLL_MS_RANGE,
  type VmOperationsPolling,
} from '@migratekit/host-shell/config/hostRuntimeConfig';

export type { VmOperationsPolling };

/*
 * Every environment variable the servers and the build read: its name, its default and its
 * check, once. `pnpm dev`, `pnpm serve`, the host's and the remote's Rspack configs, the host's
 * `/config.json` and the mock API's command read their settings here; the README's "Ports and
 * environment variables" table describes this file. A value that fails its check throws a
 * message naming the variable, so a typo stops the server at start-up.
 */

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** `HOST_PORT`: the dashboard host. */
export const DEFAULT_HOST_PORT = 3000;
/** `REMOTE_PORT`: the remote (manifest, entry, chunks; the workbench in dev). */
export const DEFAULT_REMOTE_PORT = 3001;
/** `MOCK_API_PORT`: the mock OMA API, on the real one's port. */
export const DEFAULT_MOCK_API_PORT = 8082;
/** `BIND_HOST`: the interface the host's and the remote's servers listen on. */
export const DEFAULT_BIND_HOST = '127.0.0.1';
/** `MOCK_API_HOST`: the interface of the mock API. */
export const DEFAULT_MOCK_API_HOST = '127.0.0.1';
/** `MOCK_API_SPEED`: time multiplier of the mock's simulated running jobs. */
export const DEFAULT_MOCK_API_SPEED = 1;
/** Where `/api` goes when `OMA_API_URL` is not set: the OMA API (or the mock) on this machine. */
export const DEFAULT_OMA_API_URL = `http://127.0.0.1:${DEFAULT_MOCK_API_PORT}`;

/** The ports, by variable. */
export type PortVariable = 'HOST_PORT' | 'REMOTE_PORT' | 'MOCK_API_PORT';

const DEFAULT_PORTS: Record<PortVariable, number> = {
  HOST_PORT: DEFAULT_HOST_PORT,
  REMOTE_PORT: DEFAULT_REMOTE_PORT,
  MOCK_API_PORT: DEFAULT_MOCK_API_PORT,
};

/** A variable's value without surrounding blanks; unset and blank are the same. */
export function readSetting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A whole number written in digits only (NaN otherwise): Number() would also take "1e3", "0x3e8" or "1000.0". */
function digitsOnly(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

/** A port: digits only, 0 (any free port) to 65535. */
export function readPort(env: Env, name: PortVariable): number {
  const raw = readSetting(env, name);
  if (raw === undefined) return DEFAULT_PORTS[name];
  const port = digitsOnly(raw);
  if (!(port <= 65_535)) {
    // A typo here would otherwise start a server on a port nobody looks at.
    throw new Error(`${name} must be a port number (0-65535, 0 for any free one), got "${raw}".`);
  }
  return port;
}

export const readHostPort = (env: Env): number => readPort(env, 'HOST_PORT');
export const readRemotePort = (env: Env): number => readPort(env, 'REMOTE_PORT');
export const readMockApiPort = (env: Env): number => readPort(env, 'MOCK_API_PORT');

/** The interface the servers listen on: `BIND_HOST` (`0.0.0.0` in a container). */
export function readBindHost(env: Env): string {
  return readSetting(env, 'BIND_HOST') ?? DEFAULT_BIND_HOST;
}

/** The interface of the mock API: `MOCK_API_HOST`. */
export function readMockApiHost(env: Env): string {
  return readSetting(env, 'MOCK_API_HOST') ?? DEFAULT_MOCK_API_HOST;
}

/** The mock's time multiplier: `MOCK_API_SPEED`, a positive number. */
export function readMockApiSpeed(env: Env): number {
  const raw = readSetting(env, 'MOCK_API_SPEED');
  if (raw === undefined) return DEFAULT_MOCK_API_SPEED;
  const speed = Number(raw);
  if (!(Number.isFinite(speed) && speed > 0)) {
    throw new Error(`MOCK_API_SPEED must be a positive number, got "${raw}".`);
  }
  return speed;
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

/** A real OMA API's origin from `OMA_API_URL` (checked), or undefined: then the mock runs. */
export function readRealOmaApiUrl(env: Env): string | undefined {
  const value = readSetting(env, 'OMA_API_URL');
  return value === undefined ? undefined : parseOmaApiUrl(value);
}

/** Where `/api` is proxied to: `OMA_API_URL` (checked), else the mock API's port on this machine. */
export function readOmaApiUrl(env: Env): string {
  return readRealOmaApiUrl(env) ?? `http://127.0.0.1:${readMockApiPort(env)}`;
}

/** Where the host loads the remote from: `VM_OPERATIONS_REMOTE_URL`, else the local remote. */
export function readVmOperationsRemoteUrl(env: Env): string {
  return (
    readSetting(env, 'VM_OPERATIONS_REMOTE_URL') ??
    `http://127.0.0.1:${readRemotePort(env)}/mf-manifest.json`
  );
}

/**
 * The refresh intervals a deployment may configure, in ms: the bounds of the host's
 * `/config.json` schema, so the servers refuse at start-up what the page would refuse.
 */
export const CONFIGURED_POLL_MS_RANGE = RUNTIME_POLL_MS_RANGE;

/** The variables that set VmOperations' refresh intervals, and the setting each fills. */
export const VM_OPERATIONS_POLL_ENV = {
  VM_OPERATIONS_ACTIVE_POLL_MS: 'activePollMs',
  VM_OPERATIONS_IDLE_POLL_MS: 'idlePollMs',
} as const satisfies Record<string, keyof VmOperationsPolling>;

/**
 * The refresh intervals set in `env` (unset or blank variables are left out). Throws with the
 * variable's name and the allowed range when a value is not a whole number of ms in it.
 */
export function readVmOperationsPolling(env: Env): VmOperationsPolling {
  const polling: VmOperationsPolling = {};
  for (const [name, setting] of Object.entries(VM_OPERATIONS_POLL_ENV)) {
    const raw = readSetting(env, name);
    if (raw === undefined) continue;
    const value = digitsOnly(raw);
    const { min, max } = CONFIGURED_POLL_MS_RANGE[setting];
    if (!(value >= min && value <= max)) {
      throw new Error(
        `${name} must be a whole number of milliseconds from ${min} to ${max}, got "${raw}".`,
      );
    }
    polling[setting] = value;
  }
  return polling;
}

/** Every setting, read and checked: what a command that starts servers checks first. */
export interface Environment {
  hostPort: number;
  remotePort: number;
  mockApiPort: number;
  bindHost: string;
  mockApiHost: string;
  mockApiSpeed: number;
  /** `OMA_API_URL`, when a real OMA API is used (then no mock runs). */
  realOmaApiUrl: string | undefined;
  /** Where `/api` goes: the real OMA API, or the mock. */
  omaApiUrl: string;
  vmOperationsRemoteUrl: string;
  vmOperationsPolling: VmOperationsPolling;
}

/** Reads every variable above; throws the first check's message. */
export function readEnvironment(env: Env): Environment {
  return {
    hostPort: readHostPort(env),
    remotePort: readRemotePort(env),
    mockApiPort: readMockApiPort(env),
    bindHost: readBindHost(env),
    mockApiHost: readMockApiHost(env),
    mockApiSpeed: readMockApiSpeed(env),
    realOmaApiUrl: readRealOmaApiUrl(env),
    omaApiUrl: readOmaApiUrl(env),
    vmOperationsRemoteUrl: readVmOperationsRemoteUrl(env),
    vmOperationsPolling: readVmOperationsPolling(env),
  };
}

/**
 * Runs the start-up checks of a command: a setting that fails its check prints its message
 * and exits with status 2, before anything is started.
 */
export function checkedAtStartup<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
