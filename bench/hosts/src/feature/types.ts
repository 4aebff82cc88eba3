import type { ComponentType } from 'react';

/** The props of `vm_operations/VmOperations` the bench hosts pass (see the remote's contract). */
export interface VmOperationsProps {
  contextId: string;
  vmName: string;
  onTryLiveFailover?: (target: { vmName: string }) => unknown;
}

/** How a bench host gets the feature: from the remote at run time, from its bundle, or not at all. */
export type LoadVmOperations = () => Promise<ComponentType<VmOperationsProps> | null>;
