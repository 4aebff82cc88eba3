import { z } from 'zod';

/** Where the host serves its runtime configuration (dev server and production server alike). */
export const HOST_RUNTIME_CONFIG_PATH = '/config.json';

/** Where the VmOperations remote's manifest is when nothing else is configured (`pnpm dev`). */
export const DEFAULT_VM_OPERATIONS_REMOTE_URL = 'http://localhost:3001/mf-manifest.json';

/**
 * Settings only known when the host is deployed, fetched by the browser at startup: the remote is
 * deployed independently, so its URL cannot be baked into the host bundle.
 */
export const HostRuntimeConfigSchema = z.object({
  /** URL of the remote's `mf-manifest.json` (or its remote entry), absolute or same-origin. */
  vmOperationsRemoteUrl: z.string().trim().min(1),
});
export type HostRuntimeConfig = z.output<typeof HostRuntimeConfigSchema>;
