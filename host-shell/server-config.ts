import {
  type Env,
  readVmOperationsPolling,
  readVmOperationsRemoteUrl,
} from '../scripts/environment';
import { HOST_RUNTIME_CONFIG_PATH, type HostRuntimeConfig } from './src/config/hostRuntimeConfig';

/*
 * What the host's servers answer at `/config.json`. The dev server (rspack.config.ts) and the
 * production server (scripts/productionStack.ts) both use these, so the file is the same in
 * both; the variables themselves are read and checked in scripts/environment.ts.
 */

export { HOST_RUNTIME_CONFIG_PATH };

/** Headers for the `/config.json` response: it changes per deployment, so never cache it. */
export const HOST_RUNTIME_CONFIG_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

/**
 * The body of `/config.json`: `VM_OPERATIONS_REMOTE_URL`, or the local remote, and the
 * refresh intervals `VM_OPERATIONS_ACTIVE_POLL_MS` / `VM_OPERATIONS_IDLE_POLL_MS` when set.
 */
export function readHostRuntimeConfig(env: Env): HostRuntimeConfig {
  return {
    vmOperationsRemoteUrl: readVmOperationsRemoteUrl(env),
    ...readVmOperationsPolling(env),
  };
}
