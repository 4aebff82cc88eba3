import useSWR from 'swr';
import type { VmOperationsPolling } from './hostRuntimeConfig';
import { useRuntimeConfigSource } from './RuntimeConfigContext';

/** The SWR key of the runtime configuration (the same one RuntimeConfigAlert reads). */
const RUNTIME_CONFIG_KEY = ['dashboard-host', 'runtime-config'] as const;

/**
 * The refresh intervals this deployment sets for VmOperations (`/config.json`), with only the
 * ones it sets: none until the configuration has loaded, or when it cannot be.
 */
export function useVmOperationsPolling(): VmOperationsPolling {
  const source = useRuntimeConfigSource();
  const { data } = useSWR(RUNTIME_CONFIG_KEY, () => source.load());
  const polling: VmOperationsPolling = {};
  if (data?.activePollMs !== undefined) polling.activePollMs = data.activePollMs;
  if (data?.idlePollMs !== undefined) polling.idlePollMs = data.idlePollMs;
  return polling;
}
