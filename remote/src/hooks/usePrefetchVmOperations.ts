import { useRecentJobs } from './useRecentJobs';
import { useVmContext } from './useVmContext';
import type { VmOperationsOptions } from './useVmOperations';

/**
 * Starts the VmOperations screen's two requests (recent jobs, the VM's last operation) into
 * the shared cache, for a component that renders before the screen can: the screen's own
 * hooks then find the answers there, or in flight.
 */
export function usePrefetchVmOperations({
  contextId,
  vmName,
  apiBaseUrl,
  activePollMs,
  idlePollMs,
}: VmOperationsOptions): void {
  useRecentJobs(contextId, { apiBaseUrl, activePollMs, idlePollMs });
  useVmContext(vmName, { apiBaseUrl, pollMs: idlePollMs });
}
