import { MIN_ACTIVE_POLL_MS, MIN_IDLE_POLL_MS } from '@migratekit/vm-operations-contract';
import { z } from 'zod';

/** Where the host serves its runtime configuration (dev server and production server alike). */
export const HOST_RUNTIME_CONFIG_PATH = '/config.json';

/** Where the VmOperations remote's manifest is when nothing else is configured (`pnpm dev`). */
export const DEFAULT_VM_OPERATIONS_REMOTE_URL = 'http://localhost:3001/mf-manifest.json';

/**
 * The refresh intervals a deployment may configure, in ms: from the feature's own floors
 * (refusing a lower value tells whoever set it, rather than leaving the feature to raise it
 * without a word) to an hour (timers overflow far above).
 */
export const CONFIGURED_POLL_MS_RANGE = {
  activePollMs: { min: MIN_ACTIVE_POLL_MS, max: 3_600_000 },
  idlePollMs: { min: MIN_IDLE_POLL_MS, max: 3_600_000 },
} as const;

const configuredPollMs = (setting: keyof typeof CONFIGURED_POLL_MS_RANGE) =>
  z
    .number()
    .int()
    .min(CONFIGURED_POLL_MS_RANGE[setting].min)
    .max(CONFIGURED_POLL_MS_RANGE[setting].max)
    .optional();

/**
 * Settings only known when the host is deployed, fetched by the browser at startup: the remote is
 * deployed independently, so its URL cannot be baked into the host bundle.
 */
export const HostRuntimeConfigSchema = z.object({
  /** URL of the remote's `mf-manifest.json` (or its remote entry), absolute or same-origin. */
  vmOperationsRemoteUrl: z.string().trim().min(1),
  /** VmOperations' refresh interval while an operation runs, in ms; the feature's default when absent. */
  activePollMs: configuredPollMs('activePollMs'),
  /** VmOperations' refresh interval while nothing runs, in ms; the feature's default when absent. */
  idlePollMs: configuredPollMs('idlePollMs'),
});
export type HostRuntimeConfig = z.output<typeof HostRuntimeConfigSchema>;

/** The refresh intervals a deployment sets for VmOperations (either may be absent). */
export type VmOperationsPolling = Pick<HostRuntimeConfig, 'activePollMs' | 'idlePollMs'>;

/**
 * The environment variables that set VmOperations' refresh intervals, and the setting each fills.
 * Read by the host's servers into `/config.json`.
 */
export const VM_OPERATIONS_POLL_ENV = {
  VM_OPERATIONS_ACTIVE_POLL_MS: 'activePollMs',
  VM_OPERATIONS_IDLE_POLL_MS: 'idlePollMs',
} as const satisfies Record<string, keyof VmOperationsPolling>;

/**
 * The refresh intervals set in `env` (unset or blank variables are left out). Throws with the
 * variable's name and the allowed range when a value is not a whole number of ms in it, so a
 * typo stops the server at start-up instead of being ignored.
 */
export function readVmOperationsPolling(
  env: Readonly<Record<string, string | undefined>>,
): VmOperationsPolling {
  const polling: VmOperationsPolling = {};
  for (const [name, setting] of Object.entries(VM_OPERATIONS_POLL_ENV)) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    // Digits only: Number() would also take "1e3", "0x3e8" or "1000.0".
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    const { min, max } = CONFIGURED_POLL_MS_RANGE[setting];
    if (!configuredPollMs(setting).safeParse(value).success) {
      throw new Error(
        `${name} must be a whole number of milliseconds from ${min} to ${max}, got "${raw}".`,
      );
    }
    polling[setting] = value;
  }
  return polling;
}
