import { MIN_ACTIVE_POLL_MS, MIN_IDLE_POLL_MS } from '@migratekit/vm-operations-contract';
import * as v from 'valibot';

/** Where the host serves its runtime configuration (dev server and production server alike). */
export const HOST_RUNTIME_CONFIG_PATH = '/config.json';

/**
 * The refresh intervals `/config.json` may hold, in ms: from the feature's own floors (refusing
 * a lower value tells whoever set it, rather than leaving the feature to raise it without a
 * word) to an hour (timers overflow far above). The servers check the environment variables
 * against the same bounds (scripts/environment.ts).
 */
export const RUNTIME_POLL_MS_RANGE = {
  activePollMs: { min: MIN_ACTIVE_POLL_MS, max: 3_600_000 },
  idlePollMs: { min: MIN_IDLE_POLL_MS, max: 3_600_000 },
} as const;

const configuredPollMs = (setting: keyof typeof RUNTIME_POLL_MS_RANGE) =>
  v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(RUNTIME_POLL_MS_RANGE[setting].min),
      v.maxValue(RUNTIME_POLL_MS_RANGE[setting].max),
    ),
  );

/**
 * Settings only known when the host is deployed, fetched by the browser at startup: the remote is
 * deployed independently, so its URL cannot be baked into the host bundle.
 */
export const HostRuntimeConfigSchema = v.object({
  /** URL of the remote's `mf-manifest.json` (or its remote entry), absolute or same-origin. */
  vmOperationsRemoteUrl: v.pipe(v.string(), v.trim(), v.minLength(1)),
  /** VmOperations' refresh interval while an operation runs, in ms; the feature's default when absent. */
  activePollMs: configuredPollMs('activePollMs'),
  /** VmOperations' refresh interval while nothing runs, in ms; the feature's default when absent. */
  idlePollMs: configuredPollMs('idlePollMs'),
});
export type HostRuntimeConfig = v.InferOutput<typeof HostRuntimeConfigSchema>;

/** The refresh intervals a deployment sets for VmOperations (either may be absent). */
export type VmOperationsPolling = Pick<HostRuntimeConfig, 'activePollMs' | 'idlePollMs'>;
